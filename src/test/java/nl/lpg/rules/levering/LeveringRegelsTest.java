package nl.lpg.rules.levering;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringContext;
import nl.lpg.rules.LeveringRegel;
import nl.lpg.rules.Regelmotor;
import nl.lpg.rules.Signaal;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Section 3, Levering APG: BR3, BR13, BR14, BR16, BR218, BR318, BR349. All "Altijd", aard Onverwerkbaar. */
class LeveringRegelsTest {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 3, 15);

    static TestParameters werkboeken() {
        return TestParameters.create().seededRegels()
                .opdrachtgever("ABP", LocalDate.of(2015, 1, 1), "1.2500")
                .opdrachtgever("PFAB", LocalDate.of(2026, 2, 1), "1.0000")
                .row("Leveranciers", "nummerLeverancier", "L001", "naam", "Extern", "intern", false,
                        "ingang", LocalDate.of(2016, 1, 1), "einde", LocalDate.of(2026, 3, 1))
                .row("Leveranciers", "nummerLeverancier", "L999", "naam", "Incasso", "intern", true);
    }

    static LeveringContext ctx(Levering l, List<LeveringContext.EerdereLevering> eerder, String opdrachtgever) {
        TestParameters t = werkboeken();
        Parameters p = t.build();
        OrganisatieRegister o = t.buildOrganisatie();
        List<AeInhoud> aes = List.of(new AeInhoud(Units.ae(opdrachtgever), 1, List.of(), List.of()));
        return new LeveringContext(l, aes, eerder, p, o, PEILDATUM);
    }

    static Levering levering(String leverancier, YearMonth periode, LocalDateTime aanmaak, String soort) {
        return new Levering(leverancier, periode, 1, aanmaak, soort);
    }

    static final Levering GOED = levering("L001", YearMonth.of(2026, 2), LocalDateTime.of(2026, 3, 1, 9, 0), "R");

    static List<String> regels(LeveringRegel r, LeveringContext c) {
        return r.toets(c).stream().map(Bevinding::regel).toList();
    }

    @Test
    @DisplayName("BR3: Aanmaak levering mag niet in de toekomst liggen — on the systeemdatum passes, the day after fires")
    void br3() {
        var r = new Br3AanmaakLeveringNietInToekomst();
        assertThat(regels(r, ctx(levering("L001", YearMonth.of(2026, 2), PEILDATUM.atTime(23, 59), "R"), List.of(), "ABP"))).isEmpty();
        assertThat(regels(r, ctx(levering("L001", YearMonth.of(2026, 2), PEILDATUM.plusDays(1).atStartOfDay(), "R"), List.of(), "ABP")))
                .containsExactly("3");
    }

    @Test
    @DisplayName("BR13: Leverancier is bekend in organisatie-administratie")
    void br13() {
        var r = new Br13LeverancierBekend();
        assertThat(regels(r, ctx(GOED, List.of(), "ABP"))).isEmpty();
        assertThat(regels(r, ctx(levering("L404", YearMonth.of(2026, 2), GOED.aanmaak(), "R"), List.of(), "ABP")))
                .containsExactly("13");
    }

    @Test
    @DisplayName("BR14: Leverancier moet actief zijn op het moment van aanleveren — on einde passes, the day after fires")
    void br14() {
        var r = new Br14LeverancierActief();
        assertThat(regels(r, ctx(levering("L001", YearMonth.of(2026, 2), LocalDateTime.of(2026, 3, 1, 9, 0), "R"), List.of(), "ABP"))).isEmpty();
        assertThat(regels(r, ctx(levering("L001", YearMonth.of(2026, 2), LocalDateTime.of(2026, 3, 2, 9, 0), "R"), List.of(), "ABP")))
                .containsExactly("14");
        // an unknown leverancier is BR13's, not BR14's
        assertThat(regels(r, ctx(levering("L404", YearMonth.of(2026, 2), GOED.aanmaak(), "R"), List.of(), "ABP"))).isEmpty();
    }

    @Test
    @DisplayName("BR16: Levering moet uniek zijn (nummer leverancier, periode levering, volgnummer)")
    void br16() {
        var r = new Br16LeveringUniek();
        var andereVolgnummer = new LeveringContext.EerdereLevering("L001", "2026-02", 2, GOED.aanmaak());
        var zelfde = new LeveringContext.EerdereLevering("L001", "2026-02", 1, GOED.aanmaak());
        assertThat(regels(r, ctx(GOED, List.of(andereVolgnummer), "ABP"))).isEmpty();
        assertThat(regels(r, ctx(GOED, List.of(zelfde), "ABP"))).containsExactly("16");
    }

    @Test
    @DisplayName("BR218: Bepaal tijdstip aanmaak vorige levering — the most recent of the same leverancier")
    void br218() {
        var a = new LeveringContext.EerdereLevering("L001", "2026-01", 1, LocalDateTime.of(2026, 2, 1, 8, 0));
        var b = new LeveringContext.EerdereLevering("L001", "2025-12", 1, LocalDateTime.of(2026, 1, 2, 8, 0));
        var ander = new LeveringContext.EerdereLevering("L002", "2026-02", 1, LocalDateTime.of(2026, 2, 20, 8, 0));
        assertThat(Br218TijdstipAanmaakVorigeLevering.bepaal(ctx(GOED, List.of(b, a, ander), "ABP")))
                .contains(LocalDateTime.of(2026, 2, 1, 8, 0));
        assertThat(Br218TijdstipAanmaakVorigeLevering.bepaal(ctx(GOED, List.of(ander), "ABP"))).isEmpty();
    }

    @Test
    @DisplayName("BR318: De periode levering moet op of na conversiedatum liggen — per opdrachtgever of the AEs")
    void br318() {
        var r = new Br318PeriodeLeveringNaConversiedatum();
        // PFAB converts on 2026-02-01: periode 2026-02 passes, 2026-01 fires; ABP (2015) passes both
        assertThat(regels(r, ctx(levering("L001", YearMonth.of(2026, 2), GOED.aanmaak(), "R"), List.of(), "PFAB"))).isEmpty();
        assertThat(regels(r, ctx(levering("L001", YearMonth.of(2026, 1), GOED.aanmaak(), "R"), List.of(), "PFAB")))
                .containsExactly("318");
        assertThat(regels(r, ctx(levering("L001", YearMonth.of(2026, 1), GOED.aanmaak(), "R"), List.of(), "ABP"))).isEmpty();
    }

    @Test
    @DisplayName("BR318: a periode before the opdrachtgever's first workbook row takes the conversiedatum valid on the AE's tijdvak")
    void br318PeriodeVoorDeEersteRij() {
        var r = new Br318PeriodeLeveringNaConversiedatum();
        TestParameters t = TestParameters.create().seededRegels()
                .row("Opdrachtgevers", "opdrachtgever", "ABP", "conversiedatum", LocalDate.of(2015, 1, 1),
                        "maxDeeltijdfactor", new java.math.BigDecimal("1.2500"), "periodiciteiten", "MAAND",
                        "ingang", LocalDate.of(2015, 1, 1));
        List<AeInhoud> aes = List.of(new AeInhoud(Units.ae("ABP"), 1, List.of(), List.of()));
        // the AE is tijdvak 2026-01; the delivery claims 2014-12, before ABP's conversiedatum 2015-01-01
        var c = new LeveringContext(levering("L001", YearMonth.of(2014, 12), GOED.aanmaak(), "R"), aes, List.of(),
                t.build(), t.buildOrganisatie(), PEILDATUM);
        assertThat(regels(r, c)).containsExactly("318");
        var goed = new LeveringContext(levering("L001", YearMonth.of(2015, 1), GOED.aanmaak(), "R"), aes, List.of(),
                t.build(), t.buildOrganisatie(), PEILDATUM);
        assertThat(regels(r, goed)).isEmpty();
    }

    @Test
    @DisplayName("BR349: Externe leverancier moet aanleveren onder soort R")
    void br349() {
        var r = new Br349ExterneLeverancierSoortR();
        assertThat(regels(r, ctx(GOED, List.of(), "ABP"))).isEmpty();
        assertThat(regels(r, ctx(levering("L001", YearMonth.of(2026, 2), GOED.aanmaak(), "A"), List.of(), "ABP")))
                .containsExactly("349");
        assertThat(regels(r, ctx(levering("L999", YearMonth.of(2026, 2), GOED.aanmaak(), "A"), List.of(), "ABP"))).isEmpty();
    }

    @Test
    @DisplayName("The Regels sheet gives the aard: Onverwerkbaar for every opdrachtgever; a rule switched off does not run")
    void aardUitHetWerkboek() {
        var c = ctx(levering("L001", YearMonth.of(2026, 2), GOED.aanmaak(), "A"), List.of(), "ABP");
        List<Signaal> s = Regelmotor.voerUit(List.of(new Br349ExterneLeverancierSoortR()), c, r -> r.toets(c),
                c.parameters(), "BOUW", LocalDate.of(2026, 2, 1), new Regelmotor.Sleutels(c.levering(), null, null));
        assertThat(s).extracting(Signaal::aard).containsExactly(Aard.ONVERWERKBAAR);
        Parameters uit = TestParameters.create().row("Regels", "regel", "349", "opdrachtgever", "*", "actief", false,
                "aard", "ONVERWERKBAAR").build();
        assertThat(Regelmotor.voerUit(List.of(new Br349ExterneLeverancierSoortR()), c, r -> r.toets(c), uit, "BOUW",
                LocalDate.of(2026, 2, 1), new Regelmotor.Sleutels(c.levering(), null, null))).isEmpty();
    }
}
