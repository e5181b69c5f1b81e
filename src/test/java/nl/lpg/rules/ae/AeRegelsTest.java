package nl.lpg.rules.ae;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Intrekking;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.Regelmotor;
import nl.lpg.rules.Signaal;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Section 4, Administratieve eenheid: BR18–BR31, BR173, BR255, BR314, BR319 and the loonheffingennummer format. */
class AeRegelsTest {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 3, 15);
    static final LocalDate FEB = LocalDate.of(2026, 2, 1);

    static TestParameters werkboeken() {
        return TestParameters.create().seededRegels()
                .opdrachtgever("ABP", LocalDate.of(2015, 1, 1), "1.2500")
                .opdrachtgever("BOUW", LocalDate.of(2026, 2, 1), "1.0000")
                .row("Leveranciers", "nummerLeverancier", "L001", "naam", "Extern", "intern", false)
                .row("Aansluitingen", "aansluitnummer", "A1000", "opdrachtgever", "ABP", "naam", "Gemeente",
                        "loonheffingennummer", "123456789L01", "periodiciteit", "MAAND")
                .row("Aansluitingen", "aansluitnummer", "A2000", "opdrachtgever", "BOUW", "naam", "Bouw",
                        "periodiciteit", "VIERWEKEN", "einde", LocalDate.of(2026, 2, 10))
                .row("LeverancierAansluiting", "nummerLeverancier", "L001", "aansluitnummer", "A1000",
                        "einde", LocalDate.of(2026, 2, 28))
                .row("LeverancierAansluiting", "nummerLeverancier", "L001", "aansluitnummer", "A2000");
    }

    static AdministratieveEenheid ae(String aansluiting, String og, Periodiciteit p, LocalDate van, LocalDate tot,
                                     String lhn) {
        return new AdministratieveEenheid(1, aansluiting, og, p, van, tot, lhn, Units.P);
    }

    static AdministratieveEenheid feb(String lhn) {
        return ae("A1000", "ABP", Periodiciteit.MAAND, FEB, LocalDate.of(2026, 2, 28), lhn);
    }

    static AeContext ctx(AdministratieveEenheid a) {
        return ctx(new AeInhoud(a, 1, List.of(), List.of()), List.of());
    }

    static AeContext ctx(AeInhoud a, List<AeInhoud> andere) {
        TestParameters t = werkboeken();
        List<AeInhoud> alle = new java.util.ArrayList<>(andere);
        alle.add(a);
        return new AeContext(Units.levering(), a, alle, t.build(), t.buildOrganisatie(), PEILDATUM, List.of());
    }

    static List<String> regels(AeRegel r, AeContext c) {
        return r.toets(c).stream().map(Bevinding::regel).toList();
    }

    @Test
    @DisplayName("BR26: Aansluiting moet bekend zijn in de organisatieadministratie")
    void br26() {
        assertThat(regels(new Br26AansluitingBekend(), ctx(feb("123456789L01")))).isEmpty();
        assertThat(regels(new Br26AansluitingBekend(),
                ctx(ae("A9999", "ABP", Periodiciteit.MAAND, FEB, LocalDate.of(2026, 2, 28), null)))).containsExactly("26");
    }

    @Test
    @DisplayName("BR18: Aansluitnummer moet bestaan bij de opdrachtgever")
    void br18() {
        assertThat(regels(new Br18AansluitnummerBijOpdrachtgever(), ctx(feb("123456789L01")))).isEmpty();
        assertThat(regels(new Br18AansluitnummerBijOpdrachtgever(),
                ctx(ae("A1000", "PFAB", Periodiciteit.MAAND, FEB, LocalDate.of(2026, 2, 28), null)))).containsExactly("18");
    }

    @Test
    @DisplayName("BR19: Het loonheffingennummer moet aangeleverd worden als het bij de inschrijving gemeld is")
    void br19() {
        assertThat(regels(new Br19LoonheffingennummerAangeleverd(), ctx(feb("123456789L01")))).isEmpty();
        assertThat(regels(new Br19LoonheffingennummerAangeleverd(), ctx(feb(null)))).containsExactly("19");
        // A2000 is registered without a loonheffingennummer (zelfstandige): nothing to deliver
        assertThat(regels(new Br19LoonheffingennummerAangeleverd(),
                ctx(ae("A2000", "BOUW", Periodiciteit.VIERWEKEN, FEB, FEB.plusDays(27), null)))).isEmpty();
    }

    @Test
    @DisplayName("BR20: Het loonheffingennummer moet overeenkomstig de inschrijving zijn (RSIN, eerste 9 posities)")
    void br20() {
        assertThat(regels(new Br20LoonheffingennummerConformInschrijving(), ctx(feb("123456789L02")))).isEmpty();
        assertThat(regels(new Br20LoonheffingennummerConformInschrijving(), ctx(feb("923456789L01"))))
                .containsExactly("20");
    }

    @Test
    @DisplayName("BR21: Leverancier en aansluiting moeten bekend zijn, met de relatie tussen beide")
    void br21() {
        assertThat(regels(new Br21LeverancierEnAansluitingBekend(), ctx(feb("123456789L01")))).isEmpty();
        TestParameters t = werkboeken().row("Aansluitingen", "aansluitnummer", "A3000", "opdrachtgever", "ABP",
                "naam", "Zonder relatie", "periodiciteit", "MAAND");
        var a = new AeInhoud(ae("A3000", "ABP", Periodiciteit.MAAND, FEB, LocalDate.of(2026, 2, 28), null), 1,
                List.of(), List.of());
        var c = new AeContext(Units.levering(), a, List.of(a), t.build(), t.buildOrganisatie(), PEILDATUM, List.of());
        assertThat(regels(new Br21LeverancierEnAansluitingBekend(), c)).containsExactly("21");
    }

    @Test
    @DisplayName("BR24: Datum aanvang AE mag niet in de toekomst liggen")
    void br24() {
        assertThat(regels(new Br24AanvangAeNietInToekomst(),
                ctx(ae("A1000", "ABP", Periodiciteit.MAAND, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null))))
                .isEmpty();
        assertThat(regels(new Br24AanvangAeNietInToekomst(),
                ctx(ae("A1000", "ABP", Periodiciteit.MAAND, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), null))))
                .containsExactly("24");
    }

    @Test
    @DisplayName("BR25: Leverancier en aansluiting moeten voor het tijdvak geldig zijn; Bouw/SGB Onverwerkbaar, overige Interne beoordeling")
    void br25() {
        // the relation L001-A1000 ends on 2026-02-28: February passes, March fires (ABP: Interne beoordeling)
        assertThat(regels(new Br25GeldigVoorTijdvak(), ctx(feb("123456789L01")))).isEmpty();
        var maart = ctx(ae("A1000", "ABP", Periodiciteit.MAAND, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null));
        assertThat(signalen(new Br25GeldigVoorTijdvak(), maart, "ABP")).containsExactly(Aard.INTERNE_BEOORDELING);
        // A2000 (BOUW) ends on 2026-02-10, inside the four-weekly tijdvak: Onverwerkbaar for Bouw
        var bouw = ctx(ae("A2000", "BOUW", Periodiciteit.VIERWEKEN, LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 25), null));
        assertThat(signalen(new Br25GeldigVoorTijdvak(), bouw, "BOUW")).containsExactly(Aard.ONVERWERKBAAR);
    }

    static List<Aard> signalen(AeRegel r, AeContext c, String og) {
        Parameters p = c.parameters();
        return Regelmotor.voerUit(List.of(r), c, x -> x.toets(c), p, og, c.ae().ae().datumAanvangTijdvak(),
                new Regelmotor.Sleutels(c.levering(), c.ae().ae(), null)).stream().map(Signaal::aard).toList();
    }

    @Test
    @DisplayName("BR29: Datum einde tijdvak moet liggen op of na datum aanvang tijdvak")
    void br29() {
        assertThat(regels(new Br29EindeTijdvakNaAanvang(), ctx(ae("A1000", "ABP", Periodiciteit.MAAND, FEB, FEB, null)))).isEmpty();
        assertThat(regels(new Br29EindeTijdvakNaAanvang(),
                ctx(ae("A1000", "ABP", Periodiciteit.MAAND, FEB, FEB.minusDays(1), null)))).containsExactly("29");
    }

    @Test
    @DisplayName("BR31: Tijdvak AE moet conform kalendertijdvak zijn (maand, vier weken, kwartaal, half jaar)")
    void br31() {
        var r = new Br31TijdvakConformKalendertijdvak();
        assertThat(regels(r, ctx(feb(null)))).isEmpty();
        assertThat(regels(r, ctx(ae("A1000", "ABP", Periodiciteit.MAAND, FEB, LocalDate.of(2026, 2, 27), null))))
                .containsExactly("31");
        // four-weekly period 2 of 2026: 29 January to 25 February; period 13 runs to 31 December
        assertThat(regels(r, ctx(ae("A2000", "BOUW", Periodiciteit.VIERWEKEN, LocalDate.of(2026, 1, 29),
                LocalDate.of(2026, 2, 25), null)))).isEmpty();
        assertThat(regels(r, ctx(ae("A2000", "BOUW", Periodiciteit.VIERWEKEN, LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 31), null)))).isEmpty();
        assertThat(regels(r, ctx(ae("A2000", "BOUW", Periodiciteit.VIERWEKEN, FEB, FEB.plusDays(27), null))))
                .containsExactly("31");
        assertThat(regels(r, ctx(ae("A1000", "ABP", Periodiciteit.KWARTAAL, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), null)))).isEmpty();
    }

    @Test
    @DisplayName("BR173: Administratieve eenheid moet uniek zijn binnen levering (aansluitnummer, opdrachtgever, periodiciteit)")
    void br173() {
        var eerste = new AeInhoud(feb(null), 1, List.of(), List.of());
        var tweede = new AeInhoud(new AdministratieveEenheid(2, "A1000", "ABP", Periodiciteit.MAAND, FEB,
                LocalDate.of(2026, 2, 28), null, Units.P), 1, List.of(), List.of());
        var anders = new AeInhoud(new AdministratieveEenheid(2, "A1000", "ABP", Periodiciteit.KWARTAAL,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, Units.P), 1, List.of(), List.of());
        assertThat(regels(new Br173AeUniekBinnenLevering(), ctx(eerste, List.of()))).isEmpty();
        assertThat(regels(new Br173AeUniekBinnenLevering(), ctx(tweede, List.of(eerste)))).containsExactly("173");
        assertThat(regels(new Br173AeUniekBinnenLevering(), ctx(anders, List.of(eerste)))).isEmpty();
    }

    @Test
    @DisplayName("BR255: Periodiciteit conform opdrachtgever en aansluiting")
    void br255() {
        assertThat(regels(new Br255PeriodiciteitConformOpdrachtgever(), ctx(feb(null)))).isEmpty();
        // ABP allows KWARTAAL (test parameters) but aansluiting A1000 is registered MAAND
        assertThat(regels(new Br255PeriodiciteitConformOpdrachtgever(), ctx(ae("A1000", "ABP", Periodiciteit.KWARTAAL,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null)))).containsExactly("255");
        // HALFJAAR is not among ABP's periodiciteiten
        assertThat(regels(new Br255PeriodiciteitConformOpdrachtgever(), ctx(ae("A1000", "ABP", Periodiciteit.HALFJAAR,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null)))).containsExactly("255");
    }

    @Test
    @DisplayName("BR314: Bij een AE moet minimaal 1 inkomstenverhouding of 1 inkomstenperiode intrekking aanwezig zijn")
    void br314() {
        var leeg = new AeInhoud(feb(null), 0, List.of(), List.of());
        var alleenIntrekking = new AeInhoud(feb(null), 0, List.of(new Intrekking("1", "1", FEB, null, Units.P)), List.of());
        assertThat(regels(new Br314MinimaalEenIkvOfIntrekking(), ctx(leeg, List.of()))).containsExactly("314");
        assertThat(regels(new Br314MinimaalEenIkvOfIntrekking(), ctx(alleenIntrekking, List.of()))).isEmpty();
        assertThat(regels(new Br314MinimaalEenIkvOfIntrekking(), ctx(feb(null)))).isEmpty();
    }

    @Test
    @DisplayName("BR319: Datum aanvang AE moet op of na conversiedatum liggen (BOUW converts 2026-02-01)")
    void br319() {
        var r = new Br319AanvangAeNaConversiedatum();
        assertThat(regels(r, ctx(ae("A2000", "BOUW", Periodiciteit.MAAND, FEB, LocalDate.of(2026, 2, 28), null)))).isEmpty();
        assertThat(regels(r, ctx(ae("A2000", "BOUW", Periodiciteit.MAAND, FEB.minusDays(1), FEB.minusDays(1), null))))
                .containsExactly("319");
        assertThat(regels(r, ctx(ae("A1000", "ABP", Periodiciteit.MAAND, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), null)))).isEmpty();
    }

    @Test
    @DisplayName("XSD: Formaat loonheffingennummer moet geldig zijn: 9 cijfers, L, 2 cijfers; alleen als het gevuld is")
    void lhnFormaat() {
        var r = new XsdLhnFormaatLoonheffingennummer();
        assertThat(regels(r, ctx(feb("123456789L01")))).isEmpty();
        assertThat(regels(r, ctx(feb(null)))).isEmpty();
        assertThat(regels(r, ctx(feb("123456789l01")))).containsExactly("XSD-LHN");
        assertThat(regels(r, ctx(feb("12345678L01")))).containsExactly("XSD-LHN");
    }
}
