package nl.lpg.premium;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** BR232, BR300, the vastgestelde premie per berekeningsbasis, the franchise per soort inkomensgrens. */
class PremieBerekeningTest {

    static Optional<PvpBerekening> reken(AdministratieveEenheid ae, String keuze, String verbijzondering,
                                         PensioenVerzekeringPeriode pvp, String dtf, Parameters p) {
        PensioenVerzekeringVerhouding pvv = Fixture.pvv(keuze, null, pvp);
        Inkomstenperiode ikp = Fixture.ikp(pvp.datumAanvang().toString(), null, verbijzondering, dtf, "1", "1", pvv);
        IkvEenheid e = Fixture.eenheid(ae, Fixture.ikv("2020-01-01", ikp));
        return PremieBerekening.bereken(e, ikp, pvv, pvp, p);
    }

    static final Parameters ABP = TestParameters.create()
            .row("Productvarianten", "opdrachtgever", "ABP", "productkeuze", "OPNP", "soortGrondslag", "Q",
                    "soortInkomensgrens", "JAAR", "minimumInkomensgrens", "17545", "maximumProductloon", "137800",
                    "premiepercentage", "7.50", "berekeningsbasis", "GRONDSLAG", "ingang", java.time.LocalDate.of(2025, 1, 1))
            .row("Productvarianten", "opdrachtgever", "ABP", "productkeuze", "AAOP", "soortGrondslag", "T",
                    "soortInkomensgrens", "JAAR", "minimumInkomensgrens", "17545",
                    "premiepercentage", "0.80", "berekeningsbasis", "GRONDSLAG", "ingang", java.time.LocalDate.of(2025, 1, 1))
            .row("Productvarianten", "opdrachtgever", "ABP", "productkeuze", "VPL", "soortGrondslag", "O",
                    "soortInkomensgrens", "JAAR", "premiepercentage", "3.10", "berekeningsbasis", "PREMIE",
                    "ingang", java.time.LocalDate.of(2025, 1, 1))
            .row("Productvarianten", "opdrachtgever", "ABP", "productkeuze", "PPP", "soortGrondslag", "Q",
                    "soortInkomensgrens", "JAAR", "minimumInkomensgrens", "17545", "maximumProductloon", "137800",
                    "premiepercentage", "2.00", "berekeningsbasis", "BEIDE", "ingang", java.time.LocalDate.of(2025, 1, 1))
            .row("Productvarianten", "opdrachtgever", "ABP", "productkeuze", "ANW", "soortGrondslag", "O",
                    "soortInkomensgrens", "JAAR", "premiepercentage", "0.50", "berekeningsbasis", "GEEN",
                    "ingang", java.time.LocalDate.of(2025, 1, 1))
            .build();

    @Test
    @DisplayName("BR232: Premiebedrag = Premiegrondslag * Premiepercentage; GRONDSLAG: vastgesteld = aangeleverde grondslag * percentage")
    void premieOpGrondslag() {
        PensioenVerzekeringPeriode pvp = Fixture.pvp("2026-01-01", "60000", "3540.00", null, "100.00", null, null);
        PvpBerekening b = reken(Fixture.januari("ABP"), "OPNP", "REG", pvp, "1", ABP).orElseThrow();
        // Q: (60000 - 17545) * 1 * 100% * 1 / 12 = 42455 / 12 = 3537.9166.. -> 3537.92
        assertThat(b.grondslagBerekend()).isEqualByComparingTo("3537.92");
        // BR232 on the berekende grondslag: 3537.92 * 7.50 % = 265.344 -> 265.34
        assertThat(b.premieBerekend()).isEqualByComparingTo("265.34");
        // GRONDSLAG: the delivered grondslag is applied: 3540.00 * 7.50 % = 265.50
        assertThat(b.premieVastgesteld()).isEqualByComparingTo("265.50");
        assertThat(b.grondslagAangeleverd()).isEqualByComparingTo("3540.00");
        assertThat(b.franchise()).isEqualByComparingTo("17545");
        assertThat(b.maximumProductloon()).isEqualByComparingTo("137800");
        assertThat(b.periodefactor()).isEqualByComparingTo("1");
        assertThat(b.periodiciteitsfactor()).isEqualTo(12);
        assertThat(b.premiepercentage()).isEqualByComparingTo("7.50");
        assertThat(b.meetellingswaarde()).isEqualByComparingTo("100.00");
        assertThat(b.berekeningsbasis()).isEqualTo("GRONDSLAG");
    }

    @Test
    @DisplayName("BR300: ABP AAOP bij verbijzondering WWU: berekende premie * 75%; the vastgestelde premie too")
    void aaopWwu() {
        PensioenVerzekeringPeriode pvp = Fixture.pvp("2026-01-01", "60000", "3537.92", null, "100.00", null, null);
        PvpBerekening wwu = reken(Fixture.januari("ABP"), "AAOP", "WWU", pvp, "1", ABP).orElseThrow();
        PvpBerekening reg = reken(Fixture.januari("ABP"), "AAOP", "REG", pvp, "1", ABP).orElseThrow();
        // T: (60000 - 17545) * 1 * 100% / 12 = 3537.92; REG: 3537.92 * 0.80 % = 28.30336 -> 28.30
        assertThat(reg.premieBerekend()).isEqualByComparingTo("28.30");
        // WWU: 3537.92 * 0.80 % * 75 % = 21.22752 -> 21.23
        assertThat(wwu.premieBerekend()).isEqualByComparingTo("21.23");
        // vastgesteld from the delivered grondslag 3537.92, with the same 75 %
        assertThat(wwu.premieVastgesteld()).isEqualByComparingTo("21.23");
        // not for OPNP at WWU: 3537.92 * 7.50 % = 265.344 -> 265.34, no 75 %
        PvpBerekening opnp = reken(Fixture.januari("ABP"), "OPNP", "WWU", pvp, "1", ABP).orElseThrow();
        assertThat(opnp.premieBerekend()).isEqualByComparingTo("265.34");
    }

    @Test
    @DisplayName("PREMIE (BR244): vastgesteld = aangeleverde premie; BEIDE: aangeleverde premie, else grondslag * percentage; GEEN: berekende premie")
    void vastgesteldPerBasis() {
        PensioenVerzekeringPeriode vpl = Fixture.pvp("2026-01-01", "60000", null, "160.00", null, null, null);
        PvpBerekening b = reken(Fixture.januari("ABP"), "VPL", "REG", vpl, "1", ABP).orElseThrow();
        assertThat(b.premieVastgesteld()).isEqualByComparingTo("160.00");
        // O: 60000 * 1 / 12 = 5000.00; * 3.10 % = 155.00
        assertThat(b.premieBerekend()).isEqualByComparingTo("155.00");

        PensioenVerzekeringPeriode beide = Fixture.pvp("2026-01-01", "60000", "3537.92", "70.00", "100", null, null);
        assertThat(reken(Fixture.januari("ABP"), "PPP", "REG", beide, "1", ABP).orElseThrow().premieVastgesteld())
                .isEqualByComparingTo("70.00");
        PensioenVerzekeringPeriode beideZonderPremie = Fixture.pvp("2026-01-01", "60000", "3537.92", null, "100", null, null);
        assertThat(reken(Fixture.januari("ABP"), "PPP", "REG", beideZonderPremie, "1", ABP).orElseThrow()
                .premieVastgesteld()).isEqualByComparingTo("70.76"); // 3537.92 * 2.00 % = 70.7584 -> 70.76

        PensioenVerzekeringPeriode geen = Fixture.pvp("2026-01-01", "60000", null, null, null, null, null);
        assertThat(reken(Fixture.januari("ABP"), "ANW", "REG", geen, "1", ABP).orElseThrow().premieVastgesteld())
                .isEqualByComparingTo("25.00"); // O: 60000 / 12 = 5000.00; * 0.50 % = 25.00
    }

    @Test
    @DisplayName("PFAB SFA: vaste premie per loontijdvak, a broken PVP its share (vaste premie * periodefactor PVP)")
    void vastePremie() {
        Parameters p = Fixture.productvariant(TestParameters.create(), "PFAB", "SFA", null, "P", "JAAR", null, null,
                null, "25.00", "PREMIE").build();
        PensioenVerzekeringPeriode vol = Fixture.pvp("2026-01-01", "40000", null, "25.00", null, null, null);
        PvpBerekening b = reken(Fixture.januari("PFAB"), "SFA", "REG", vol, "1", p).orElseThrow();
        assertThat(b.grondslagBerekend()).isNull();
        assertThat(b.premieBerekend()).isEqualByComparingTo("25.00");
        PensioenVerzekeringPeriode gebroken = Fixture.pvp("2026-01-16", "40000", null, "12.90", null, null, null);
        assertThat(reken(Fixture.januari("PFAB"), "SFA", "REG", gebroken, "1", p).orElseThrow().premieBerekend())
                .isEqualByComparingTo("12.90"); // 25.00 * 16/31 = 12.9032.. -> 12.90
    }

    @Test
    @DisplayName("Franchise: UUR = minimum inkomensgrens * PVP.uren, DAG = minimum inkomensgrens * PVP.aantal dagen")
    void franchiseUurDag() {
        Parameters uur = Fixture.parameters("SCHOONMAAK", "OP", "R", "UUR", "12.50", null, "10", "PREMIE");
        PensioenVerzekeringPeriode pvp = Fixture.pvp("2026-01-01", "30000", null, null, null, "20", "120");
        PvpBerekening b = reken(Fixture.januari("SCHOONMAAK"), "OP", "REG", pvp, "1", uur).orElseThrow();
        // 12.50 per uur * 120 uren
        assertThat(b.franchise()).isEqualByComparingTo("1500.00");
        // R: (30000 - 1500) * 1 * 1 / 12 = 28500 / 12 = 2375.00
        assertThat(b.grondslagBerekend()).isEqualByComparingTo("2375.00");

        Parameters dag = Fixture.parameters("SCHOONMAAK", "OP", "R", "DAG", "60", null, "10", "PREMIE");
        PvpBerekening c = reken(Fixture.januari("SCHOONMAAK"), "OP", "REG", pvp, "1", dag).orElseThrow();
        assertThat(c.franchise()).isEqualByComparingTo("1200.00"); // 60 per dag * 20 dagen
    }

    @Test
    @DisplayName("KWARTAAL: year amount / periodiciteitsfactor 4, periodefactor over the days of the quarter")
    void kwartaal() {
        AdministratieveEenheid kw = Fixture.ae("BOUW", Periodiciteit.KWARTAAL, "2026-01-01", "2026-03-31");
        Parameters p = Fixture.parameters("BOUW", "BPF", "O", "JAAR", null, null, "10", "PREMIE");
        PensioenVerzekeringPeriode vol = Fixture.pvp("2026-01-01", "60000", null, null, null, null, null);
        assertThat(reken(kw, "BPF", "REG", vol, "1", p).orElseThrow().grondslagBerekend())
                .isEqualByComparingTo("15000.00"); // O: 60000 * 1 * 1 / 4
        PensioenVerzekeringPeriode maart = Fixture.pvp("2026-03-01", "60000", null, null, null, null, null);
        // 31 of the 90 days of Q1 2026
        assertThat(reken(kw, "BPF", "REG", maart, "1", p).orElseThrow().grondslagBerekend())
                .isEqualByComparingTo("5166.67"); // 60000 * 31/90 / 4 = 1860000 / 360 = 5166.666.. -> 5166.67
    }

    @Test
    @DisplayName("Empty when Productvarianten has no row for the product on datum aanvang PVP")
    void geenProductvariant() {
        PensioenVerzekeringPeriode pvp = Fixture.pvp("2026-01-01", "60000", null, null, null, null, null);
        assertThat(reken(Fixture.januari("ABP"), "ONBEKEND", "REG", pvp, "1", ABP)).isEmpty();
        PensioenVerzekeringPeriode oud = Fixture.pvp("2024-12-01", "60000", null, null, null, null, null);
        assertThat(reken(Fixture.januari("ABP"), "OPNP", "REG", oud, "1", ABP)).isEmpty();
        assertThat(reken(Fixture.januari("PFAB"), "OPNP", "REG", pvp, "1", ABP)).isEmpty();
    }
}
