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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import static nl.lpg.premium.Fixture.bd;
import static nl.lpg.premium.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;

/** BR232, BR300, the vastgestelde premie per berekeningsbasis, the franchise per soort inkomensgrens. */
class PremieBerekeningTest {

    static BigDecimal centen(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP);
    }

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
        BigDecimal grondslag = centen(bd("60000").subtract(bd("17545")).divide(bd("12"), Fixture.MC)); // 3537.92
        assertThat(b.grondslagBerekend()).isEqualByComparingTo(grondslag).isEqualByComparingTo("3537.92");
        assertThat(b.premieBerekend()).isEqualByComparingTo(centen(grondslag.multiply(bd("0.075")))); // 265.34
        assertThat(b.premieVastgesteld()).isEqualByComparingTo(centen(bd("3540.00").multiply(bd("0.075")))); // 265.50
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
        BigDecimal grondslag = centen(bd("42455").divide(bd("12"), Fixture.MC)); // 3537.92
        assertThat(reg.premieBerekend()).isEqualByComparingTo(centen(grondslag.multiply(bd("0.008")))); // 28.30
        assertThat(wwu.premieBerekend()).isEqualByComparingTo(centen(grondslag.multiply(bd("0.008")).multiply(bd("0.75")))); // 21.23
        assertThat(wwu.premieVastgesteld()).isEqualByComparingTo(centen(bd("3537.92").multiply(bd("0.008")).multiply(bd("0.75"))));
        // not for OPNP at WWU
        PvpBerekening opnp = reken(Fixture.januari("ABP"), "OPNP", "WWU", pvp, "1", ABP).orElseThrow();
        assertThat(opnp.premieBerekend()).isEqualByComparingTo(centen(grondslag.multiply(bd("0.075"))));
    }

    @Test
    @DisplayName("PREMIE (BR244): vastgesteld = aangeleverde premie; BEIDE: aangeleverde premie, else grondslag * percentage; GEEN: berekende premie")
    void vastgesteldPerBasis() {
        PensioenVerzekeringPeriode vpl = Fixture.pvp("2026-01-01", "60000", null, "160.00", null, null, null);
        PvpBerekening b = reken(Fixture.januari("ABP"), "VPL", "REG", vpl, "1", ABP).orElseThrow();
        assertThat(b.premieVastgesteld()).isEqualByComparingTo("160.00");
        assertThat(b.premieBerekend()).isEqualByComparingTo(centen(bd("5000").multiply(bd("0.031")))); // 155.00

        PensioenVerzekeringPeriode beide = Fixture.pvp("2026-01-01", "60000", "3537.92", "70.00", "100", null, null);
        assertThat(reken(Fixture.januari("ABP"), "PPP", "REG", beide, "1", ABP).orElseThrow().premieVastgesteld())
                .isEqualByComparingTo("70.00");
        PensioenVerzekeringPeriode beideZonderPremie = Fixture.pvp("2026-01-01", "60000", "3537.92", null, "100", null, null);
        assertThat(reken(Fixture.januari("ABP"), "PPP", "REG", beideZonderPremie, "1", ABP).orElseThrow()
                .premieVastgesteld()).isEqualByComparingTo(centen(bd("3537.92").multiply(bd("0.02")))); // 70.76

        PensioenVerzekeringPeriode geen = Fixture.pvp("2026-01-01", "60000", null, null, null, null, null);
        assertThat(reken(Fixture.januari("ABP"), "ANW", "REG", geen, "1", ABP).orElseThrow().premieVastgesteld())
                .isEqualByComparingTo(centen(bd("5000").multiply(bd("0.005")))); // 25.00
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
                .isEqualByComparingTo(centen(bd("25.00").multiply(d("16", "31")))); // 12.90
    }

    @Test
    @DisplayName("Franchise: UUR = minimum inkomensgrens * PVP.uren, DAG = minimum inkomensgrens * PVP.aantal dagen")
    void franchiseUurDag() {
        Parameters uur = Fixture.parameters("SCHOONMAAK", "OP", "R", "UUR", "12.50", null, "10", "PREMIE");
        PensioenVerzekeringPeriode pvp = Fixture.pvp("2026-01-01", "30000", null, null, null, "20", "120");
        PvpBerekening b = reken(Fixture.januari("SCHOONMAAK"), "OP", "REG", pvp, "1", uur).orElseThrow();
        assertThat(b.franchise()).isEqualByComparingTo(bd("12.50").multiply(bd("120"))); // 1500
        assertThat(b.grondslagBerekend()).isEqualByComparingTo(
                centen(bd("30000").subtract(bd("1500")).divide(bd("12"), Fixture.MC))); // 2375.00

        Parameters dag = Fixture.parameters("SCHOONMAAK", "OP", "R", "DAG", "60", null, "10", "PREMIE");
        PvpBerekening c = reken(Fixture.januari("SCHOONMAAK"), "OP", "REG", pvp, "1", dag).orElseThrow();
        assertThat(c.franchise()).isEqualByComparingTo(bd("60").multiply(bd("20"))); // 1200
    }

    @Test
    @DisplayName("KWARTAAL: year amount / periodiciteitsfactor 4, periodefactor over the days of the quarter")
    void kwartaal() {
        AdministratieveEenheid kw = Fixture.ae("BOUW", Periodiciteit.KWARTAAL, "2026-01-01", "2026-03-31");
        Parameters p = Fixture.parameters("BOUW", "BPF", "O", "JAAR", null, null, "10", "PREMIE");
        PensioenVerzekeringPeriode vol = Fixture.pvp("2026-01-01", "60000", null, null, null, null, null);
        assertThat(reken(kw, "BPF", "REG", vol, "1", p).orElseThrow().grondslagBerekend())
                .isEqualByComparingTo(bd("60000").divide(bd("4"))); // 15000
        PensioenVerzekeringPeriode maart = Fixture.pvp("2026-03-01", "60000", null, null, null, null, null);
        // 31 of the 90 days of Q1 2026
        assertThat(reken(kw, "BPF", "REG", maart, "1", p).orElseThrow().grondslagBerekend())
                .isEqualByComparingTo(centen(bd("60000").multiply(d("31", "90")).divide(bd("4"), Fixture.MC)));
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
