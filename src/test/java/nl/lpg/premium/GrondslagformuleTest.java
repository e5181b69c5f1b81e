package nl.lpg.premium;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR167 per soort grondslagberekening. Every case is one PVP in January 2026 (MAAND, periodiciteitsfactor 12) with
 * franchise (JAAR) 17545 and maximum productloon 137800: "vol" is a PVP from 1 January (periodefactor PVP 31/31),
 * "gebroken" from 16 January (16 of 31 days). Expected values are literals worked out by hand from the spec's formula.
 */
class GrondslagformuleTest {

    static final String FRANCHISE = "17545";
    static final String MAXIMUM = "137800";

    /** Runs the engine for one PVP and returns its grondslagBerekend. */
    static BigDecimal grondslag(String soort, String productloon, String dtf, String mw, boolean gebroken,
                                String svLoon, String pensioenloon) {
        String aanvang = gebroken ? "2026-01-16" : "2026-01-01";
        PensioenVerzekeringPeriode pvp = Fixture.pvp(aanvang, productloon, null, null, mw, null, null);
        PensioenVerzekeringVerhouding pvv = Fixture.pvv("PROD", null, pvp);
        Inkomstenperiode ikp = Fixture.ikp(aanvang, null, "REG", dtf, svLoon, pensioenloon, pvv);
        IkvEenheid e = Fixture.eenheid(Fixture.januari("ABP"), Fixture.ikv(aanvang, ikp));
        Parameters p = Fixture.parameters("ABP", "PROD", soort, "JAAR", FRANCHISE, MAXIMUM, "10", "GRONDSLAG");
        PvpBerekening b = PremieBerekening.bereken(e, ikp, pvv, pvp, p).orElseThrow();
        assertThat(b.soortGrondslag()).isEqualTo(soort);
        return b.grondslagBerekend();
    }

    static BigDecimal grondslag(String soort, String productloon, String dtf, String mw, boolean gebroken) {
        return grondslag(soort, productloon, dtf, mw, gebroken, "5000", "4800");
    }

    // Expected values are literals worked out by hand from the formula (working in the comment); "vol" = 31/31 of
    // January, "gebroken" = 16/31. Amounts in euro, rounded half-up to cents only at the end.

    @Test
    @DisplayName("E: Premiegrondslag = Gemaximeerd productloon")
    void e() {
        assertThat(grondslag("E", "60000", "1", "100", false)).isEqualByComparingTo("60000.00");
        // no deeltijdfactor, meetellingswaarde or periodefactor in E
        assertThat(grondslag("E", "60000", "0.8", "37.50", true)).isEqualByComparingTo("60000.00");
        // min(150000, 137800)
        assertThat(grondslag("E", "150000", "1", "100", false)).isEqualByComparingTo("137800.00");
    }

    @Test
    @DisplayName("F: Premiegrondslag = Gemaximeerd productloon - franchise")
    void f() {
        // 60000 - 17545
        assertThat(grondslag("F", "60000", "1", "100", false)).isEqualByComparingTo("42455.00");
        assertThat(grondslag("F", "60000", "0.8", "37.50", true)).isEqualByComparingTo("42455.00");
        // min(150000, 137800) - 17545
        assertThat(grondslag("F", "150000", "1", "100", false)).isEqualByComparingTo("120255.00");
        // productloon under the franchise: no negative grondslag
        assertThat(grondslag("F", "12000", "1", "100", false)).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("G: Premiegrondslag = Ongemaximeerd productloon")
    void g() {
        assertThat(grondslag("G", "60000", "1", "100", false)).isEqualByComparingTo("60000.00");
        assertThat(grondslag("G", "60000", "0.8", "37.50", true)).isEqualByComparingTo("60000.00");
        assertThat(grondslag("G", "150000", "1", "100", false)).isEqualByComparingTo("150000.00");
    }

    @Test
    @DisplayName("H: Premiegrondslag = Gemaximeerd SV-Loon (capped at the PVP's share of the year maximum)")
    void h() {
        // 5000 < 137800 * 31/31 / 12 = 11483.33
        assertThat(grondslag("H", "60000", "1", "100", false, "5000", "4800")).isEqualByComparingTo("5000.00");
        // 2500 < 137800 * 16/31 / 12 = 5926.88
        assertThat(grondslag("H", "60000", "0.8", "37.50", true, "2500", "2400")).isEqualByComparingTo("2500.00");
        // 13000 > 137800 / 12 = 11483.333.. -> 11483.33
        assertThat(grondslag("H", "150000", "1", "100", false, "13000", "12000")).isEqualByComparingTo("11483.33");
        // broken month: 7000 > 137800 * 16 / 372 = 2204800 / 372 = 5926.8817.. -> 5926.88
        assertThat(grondslag("H", "150000", "1", "100", true, "7000", "6000")).isEqualByComparingTo("5926.88");
    }

    @Test
    @DisplayName("K: Premiegrondslag = Gemaximeerd pensioenloon")
    void k() {
        assertThat(grondslag("K", "60000", "1", "100", false, "5000", "4800")).isEqualByComparingTo("4800.00");
        assertThat(grondslag("K", "60000", "0.8", "37.50", true, "2500", "2400")).isEqualByComparingTo("2400.00");
        // 12000 > 137800 / 12 = 11483.33
        assertThat(grondslag("K", "150000", "1", "100", false, "13000", "12000")).isEqualByComparingTo("11483.33");
    }

    @Test
    @DisplayName("J: (Gemaximeerd productloon - franchise) * periodefactor PVP / periodiciteitsfactor * deeltijdfactor")
    void j() {
        // (60000 - 17545) * 1 / 12 * 1 = 42455 / 12 = 3537.9166.. -> 3537.92
        assertThat(grondslag("J", "60000", "1", "100", false)).isEqualByComparingTo("3537.92");
        // 42455 * 16/31 / 12 * 0.8 = 543424 / 372 = 1460.8172.. -> 1460.82 (meetellingswaarde not in J)
        assertThat(grondslag("J", "60000", "0.8", "37.50", true)).isEqualByComparingTo("1460.82");
        // (137800 - 17545) / 12 * 1.1 = 120255 * 1.1 / 12 = 11023.375 -> 11023.38
        assertThat(grondslag("J", "150000", "1.1", "100", false)).isEqualByComparingTo("11023.38");
    }

    @Test
    @DisplayName("M: Minimum((productloon * deeltijdfactor), Maximum productloon) * periodefactor PVP / periodiciteitsfactor")
    void m() {
        // 60000 / 12
        assertThat(grondslag("M", "60000", "1", "100", false)).isEqualByComparingTo("5000.00");
        // 60000 * 0.8 * 16/31 / 12 = 768000 / 372 = 2064.5161.. -> 2064.52
        assertThat(grondslag("M", "60000", "0.8", "37.50", true)).isEqualByComparingTo("2064.52");
        // min(150000, 137800) / 12 = 11483.33
        assertThat(grondslag("M", "150000", "1", "100", false)).isEqualByComparingTo("11483.33");
        // under the maximum, but 120000 * 1.2 = 144000 > 137800: 137800 / 12
        assertThat(grondslag("M", "120000", "1.2", "100", false)).isEqualByComparingTo("11483.33");
    }

    @Test
    @DisplayName("N: (Ongemaximeerd productloon * deeltijdfactor - franchise) * periodefactor PVP / periodiciteitsfactor")
    void n() {
        // (60000 - 17545) / 12 = 3537.92
        assertThat(grondslag("N", "60000", "1", "100", false)).isEqualByComparingTo("3537.92");
        // (48000 - 17545) * 16/31 / 12 = 30455 * 16 / 372 = 1309.8924.. -> 1309.89
        assertThat(grondslag("N", "60000", "0.8", "37.50", true)).isEqualByComparingTo("1309.89");
        // ongemaximeerd: (150000 - 17545) / 12 = 132455 / 12 = 11037.9166.. -> 11037.92
        assertThat(grondslag("N", "150000", "1", "100", false)).isEqualByComparingTo("11037.92");
        // 20000 * 0.5 = 10000 under the franchise: zero, not negative
        assertThat(grondslag("N", "20000", "0.5", "100", false)).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("O: Ongemaximeerd productloon * deeltijdfactor * periodefactor PVP / periodiciteitsfactor")
    void o() {
        assertThat(grondslag("O", "60000", "1", "100", false)).isEqualByComparingTo("5000.00");
        // 60000 * 0.8 * 16/31 / 12 = 2064.52
        assertThat(grondslag("O", "60000", "0.8", "37.50", true)).isEqualByComparingTo("2064.52");
        // 150000 * 1.2 / 12 = 15000.00 (not capped)
        assertThat(grondslag("O", "150000", "1.2", "100", false)).isEqualByComparingTo("15000.00");
    }

    @Test
    @DisplayName("P: geen premiegrondslagberekening")
    void p() {
        assertThat(grondslag("P", "60000", "1", "100", false)).isNull();
        assertThat(grondslag("P", "60000", "0.8", "37.50", true)).isNull();
        assertThat(grondslag("P", "150000", "1", "100", false)).isNull();
    }

    @Test
    @DisplayName("Q: (Gemax. productloon - franchise) * min(deeltijdfactor; Maximum / Gemax. productloon) * meetellingswaarde * periodefactor PVP / periodiciteitsfactor")
    void q() {
        // (60000 - 17545) * min(1; 137800/60000) * 100% * 31/31 / 12 = 42455 / 12 = 3537.92
        assertThat(grondslag("Q", "60000", "1", "100", false)).isEqualByComparingTo("3537.92");
        // 42455 * 0.8 * 0.375 * 16/31 / 12 = 203784 / 372 = 547.8064.. -> 547.81
        assertThat(grondslag("Q", "60000", "0.8", "37.50", true)).isEqualByComparingTo("547.81");
        // above the maximum: (137800 - 17545) * min(1; 137800/137800) / 12 = 120255 / 12 = 10021.25
        assertThat(grondslag("Q", "150000", "1", "100", false)).isEqualByComparingTo("10021.25");
        // Witteveen: 120000 * 1.2 > 137800, so the DTF is capped at 137800 / 120000 = 1.148333..:
        // 102455 * 1.148333.. / 12 = 117652.4916.. / 12 = 9804.3743.. -> 9804.37
        assertThat(grondslag("Q", "120000", "1.2", "100", false)).isEqualByComparingTo("9804.37");
        // DTF 1.1 with 100000: 110000 <= 137800, the DTF itself: 82455 * 1.1 / 12 = 7558.375 -> 7558.38
        assertThat(grondslag("Q", "100000", "1.1", "100", false)).isEqualByComparingTo("7558.38");
    }

    @Test
    @DisplayName("R: (Ongemaximeerd productloon - franchise) * deeltijdfactor * periodefactor PVP / periodiciteitsfactor")
    void r() {
        // 42455 / 12 = 3537.92
        assertThat(grondslag("R", "60000", "1", "100", false)).isEqualByComparingTo("3537.92");
        // 42455 * 0.8 * 16/31 / 12 = 1460.82 (no meetellingswaarde in R)
        assertThat(grondslag("R", "60000", "0.8", "37.50", true)).isEqualByComparingTo("1460.82");
        // (150000 - 17545) * 1.2 / 12 = 158946 / 12 = 13245.50
        assertThat(grondslag("R", "150000", "1.2", "100", false)).isEqualByComparingTo("13245.50");
    }

    @Test
    @DisplayName("S: Ongemaximeerd productloon * deeltijdfactor * meetellingswaarde * periodefactor PVP / periodiciteitsfactor")
    void s() {
        assertThat(grondslag("S", "60000", "1", "100", false)).isEqualByComparingTo("5000.00");
        // 60000 * 0.8 * 0.375 * 16/31 / 12 = 18000 * 16 / 372 = 774.1935.. -> 774.19
        assertThat(grondslag("S", "60000", "0.8", "37.50", true)).isEqualByComparingTo("774.19");
        // 150000 * 1.2 * 0.5 / 12 = 7500.00
        assertThat(grondslag("S", "150000", "1.2", "50", false)).isEqualByComparingTo("7500.00");
    }

    @Test
    @DisplayName("T: (Ongemaximeerd productloon - franchise) * deeltijdfactor * meetellingswaarde * periodefactor PVP / periodiciteitsfactor")
    void t() {
        assertThat(grondslag("T", "60000", "1", "100", false)).isEqualByComparingTo("3537.92");
        // 42455 * 0.8 * 0.375 * 16/31 / 12 = 547.81
        assertThat(grondslag("T", "60000", "0.8", "37.50", true)).isEqualByComparingTo("547.81");
        // ongemaximeerd: (150000 - 17545) / 12 = 11037.92, not capped at 137800
        assertThat(grondslag("T", "150000", "1", "100", false)).isEqualByComparingTo("11037.92");
    }

    @Test
    @DisplayName("U: Gemaximeerd productloon * deeltijdfactor * periodefactor PVP / periodiciteitsfactor")
    void u() {
        assertThat(grondslag("U", "60000", "1", "100", false)).isEqualByComparingTo("5000.00");
        // 60000 * 0.8 * 16/31 / 12 = 2064.52
        assertThat(grondslag("U", "60000", "0.8", "37.50", true)).isEqualByComparingTo("2064.52");
        // min(150000, 137800) * 1.2 / 12 = 165360 / 12 = 13780.00
        assertThat(grondslag("U", "150000", "1.2", "100", false)).isEqualByComparingTo("13780.00");
    }
}
