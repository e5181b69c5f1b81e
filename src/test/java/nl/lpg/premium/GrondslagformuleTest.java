package nl.lpg.premium;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static nl.lpg.premium.Fixture.bd;
import static nl.lpg.premium.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR167 per soort grondslagberekening. Every case is one PVP in January 2026 (MAAND, periodiciteitsfactor 12) with
 * franchise (JAAR) 17545 and maximum productloon 137800: "vol" is a PVP from 1 January (periodefactor PVP 31/31),
 * "gebroken" from 16 January (16 of 31 days). Expected values are worked out here from the spec's formula.
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

    static BigDecimal centen(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP);
    }

    static final BigDecimal VOL = d("31", "31");
    static final BigDecimal GEBROKEN = d("16", "31");
    static final BigDecimal TWAALF = bd("12");

    @Test
    @DisplayName("E: Premiegrondslag = Gemaximeerd productloon")
    void e() {
        assertThat(grondslag("E", "60000", "1", "100", false)).isEqualByComparingTo(bd("60000"));
        assertThat(grondslag("E", "60000", "0.8", "37.50", true)).isEqualByComparingTo(bd("60000"));
        assertThat(grondslag("E", "150000", "1", "100", false)).isEqualByComparingTo(bd("137800"));
    }

    @Test
    @DisplayName("F: Premiegrondslag = Gemaximeerd productloon - franchise")
    void f() {
        assertThat(grondslag("F", "60000", "1", "100", false))
                .isEqualByComparingTo(bd("60000").subtract(bd("17545")));
        assertThat(grondslag("F", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(bd("60000").subtract(bd("17545")));
        assertThat(grondslag("F", "150000", "1", "100", false))
                .isEqualByComparingTo(bd("137800").subtract(bd("17545")));
        // productloon under the franchise: no negative grondslag
        assertThat(grondslag("F", "12000", "1", "100", false)).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("G: Premiegrondslag = Ongemaximeerd productloon")
    void g() {
        assertThat(grondslag("G", "60000", "1", "100", false)).isEqualByComparingTo(bd("60000"));
        assertThat(grondslag("G", "60000", "0.8", "37.50", true)).isEqualByComparingTo(bd("60000"));
        assertThat(grondslag("G", "150000", "1", "100", false)).isEqualByComparingTo(bd("150000"));
    }

    @Test
    @DisplayName("H: Premiegrondslag = Gemaximeerd SV-Loon (capped at the PVP's share of the year maximum)")
    void h() {
        // 5000 < 137800 * 31/31 / 12 = 11483.33
        assertThat(grondslag("H", "60000", "1", "100", false, "5000", "4800")).isEqualByComparingTo("5000");
        // 2500 < 137800 * 16/31 / 12 = 5926.88
        assertThat(grondslag("H", "60000", "0.8", "37.50", true, "2500", "2400")).isEqualByComparingTo("2500");
        // 13000 > 137800 * 31/31 / 12
        assertThat(grondslag("H", "150000", "1", "100", false, "13000", "12000"))
                .isEqualByComparingTo(centen(bd("137800").multiply(VOL).divide(TWAALF, Fixture.MC)));
        // broken month above the maximum share
        assertThat(grondslag("H", "150000", "1", "100", true, "7000", "6000"))
                .isEqualByComparingTo(centen(bd("137800").multiply(GEBROKEN).divide(TWAALF, Fixture.MC)));
    }

    @Test
    @DisplayName("K: Premiegrondslag = Gemaximeerd pensioenloon")
    void k() {
        assertThat(grondslag("K", "60000", "1", "100", false, "5000", "4800")).isEqualByComparingTo("4800");
        assertThat(grondslag("K", "60000", "0.8", "37.50", true, "2500", "2400")).isEqualByComparingTo("2400");
        assertThat(grondslag("K", "150000", "1", "100", false, "13000", "12000"))
                .isEqualByComparingTo(centen(bd("137800").divide(TWAALF, Fixture.MC)));
    }

    @Test
    @DisplayName("J: (Gemaximeerd productloon - franchise) * periodefactor PVP / periodiciteitsfactor * deeltijdfactor")
    void j() {
        assertThat(grondslag("J", "60000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("60000").subtract(bd("17545")).multiply(VOL)
                        .divide(TWAALF, Fixture.MC).multiply(bd("1"))));
        // (60000 - 17545) * 16/31 / 12 * 0.8 = 1460.8172...
        assertThat(grondslag("J", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(centen(bd("60000").subtract(bd("17545")).multiply(GEBROKEN)
                        .divide(TWAALF, Fixture.MC).multiply(bd("0.8"))));
        assertThat(grondslag("J", "150000", "1.1", "100", false))
                .isEqualByComparingTo(centen(bd("137800").subtract(bd("17545")).multiply(VOL)
                        .divide(TWAALF, Fixture.MC).multiply(bd("1.1"))));
    }

    @Test
    @DisplayName("M: Minimum((productloon * deeltijdfactor), Maximum productloon) * periodefactor PVP / periodiciteitsfactor")
    void m() {
        assertThat(grondslag("M", "60000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("60000").divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("M", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(centen(bd("60000").multiply(bd("0.8")).multiply(GEBROKEN)
                        .divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("M", "150000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("137800").divide(TWAALF, Fixture.MC)));
        // under the maximum, but 120000 * 1.2 = 144000 > 137800
        assertThat(grondslag("M", "120000", "1.2", "100", false))
                .isEqualByComparingTo(centen(bd("137800").divide(TWAALF, Fixture.MC)));
    }

    @Test
    @DisplayName("N: (Ongemaximeerd productloon * deeltijdfactor - franchise) * periodefactor PVP / periodiciteitsfactor")
    void n() {
        assertThat(grondslag("N", "60000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("60000").subtract(bd("17545")).divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("N", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(centen(bd("48000").subtract(bd("17545")).multiply(GEBROKEN)
                        .divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("N", "150000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("150000").subtract(bd("17545")).divide(TWAALF, Fixture.MC)));
        // 20000 * 0.5 = 10000 under the franchise: zero, not negative
        assertThat(grondslag("N", "20000", "0.5", "100", false)).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("O: Ongemaximeerd productloon * deeltijdfactor * periodefactor PVP / periodiciteitsfactor")
    void o() {
        assertThat(grondslag("O", "60000", "1", "100", false)).isEqualByComparingTo("5000");
        assertThat(grondslag("O", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(centen(bd("60000").multiply(bd("0.8")).multiply(GEBROKEN)
                        .divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("O", "150000", "1.2", "100", false))
                .isEqualByComparingTo(centen(bd("150000").multiply(bd("1.2")).divide(TWAALF, Fixture.MC)));
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
        // (60000 - 17545) * min(1; 137800/60000) * 100% * 31/31 / 12
        assertThat(grondslag("Q", "60000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("42455").divide(TWAALF, Fixture.MC)));
        // (60000 - 17545) * 0.8 * 0.375 * 16/31 / 12
        assertThat(grondslag("Q", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(centen(bd("42455").multiply(bd("0.8")).multiply(bd("0.375"))
                        .multiply(GEBROKEN).divide(TWAALF, Fixture.MC)));
        // above the maximum: (137800 - 17545) * min(1; 137800/137800) / 12
        assertThat(grondslag("Q", "150000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("137800").subtract(bd("17545")).divide(TWAALF, Fixture.MC)));
        // Witteveen: 120000 * 1.2 > 137800, so the DTF is capped at 137800 / 120000
        assertThat(grondslag("Q", "120000", "1.2", "100", false))
                .isEqualByComparingTo(centen(bd("120000").subtract(bd("17545"))
                        .multiply(d("137800", "120000")).divide(TWAALF, Fixture.MC)));
        // DTF 1.1 with 100000: 110000 <= 137800, the DTF itself
        assertThat(grondslag("Q", "100000", "1.1", "100", false))
                .isEqualByComparingTo(centen(bd("100000").subtract(bd("17545")).multiply(bd("1.1"))
                        .divide(TWAALF, Fixture.MC)));
    }

    @Test
    @DisplayName("R: (Ongemaximeerd productloon - franchise) * deeltijdfactor * periodefactor PVP / periodiciteitsfactor")
    void r() {
        assertThat(grondslag("R", "60000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("42455").divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("R", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(centen(bd("42455").multiply(bd("0.8")).multiply(GEBROKEN)
                        .divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("R", "150000", "1.2", "100", false))
                .isEqualByComparingTo(centen(bd("150000").subtract(bd("17545")).multiply(bd("1.2"))
                        .divide(TWAALF, Fixture.MC)));
    }

    @Test
    @DisplayName("S: Ongemaximeerd productloon * deeltijdfactor * meetellingswaarde * periodefactor PVP / periodiciteitsfactor")
    void s() {
        assertThat(grondslag("S", "60000", "1", "100", false)).isEqualByComparingTo("5000");
        assertThat(grondslag("S", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(centen(bd("60000").multiply(bd("0.8")).multiply(bd("0.375"))
                        .multiply(GEBROKEN).divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("S", "150000", "1.2", "50", false))
                .isEqualByComparingTo(centen(bd("150000").multiply(bd("1.2")).multiply(bd("0.5"))
                        .divide(TWAALF, Fixture.MC)));
    }

    @Test
    @DisplayName("T: (Ongemaximeerd productloon - franchise) * deeltijdfactor * meetellingswaarde * periodefactor PVP / periodiciteitsfactor")
    void t() {
        assertThat(grondslag("T", "60000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("42455").divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("T", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(centen(bd("42455").multiply(bd("0.8")).multiply(bd("0.375"))
                        .multiply(GEBROKEN).divide(TWAALF, Fixture.MC)));
        // ongemaximeerd: 150000 is not capped at 137800
        assertThat(grondslag("T", "150000", "1", "100", false))
                .isEqualByComparingTo(centen(bd("150000").subtract(bd("17545")).divide(TWAALF, Fixture.MC)));
    }

    @Test
    @DisplayName("U: Gemaximeerd productloon * deeltijdfactor * periodefactor PVP / periodiciteitsfactor")
    void u() {
        assertThat(grondslag("U", "60000", "1", "100", false)).isEqualByComparingTo("5000");
        assertThat(grondslag("U", "60000", "0.8", "37.50", true))
                .isEqualByComparingTo(centen(bd("60000").multiply(bd("0.8")).multiply(GEBROKEN)
                        .divide(TWAALF, Fixture.MC)));
        assertThat(grondslag("U", "150000", "1.2", "100", false))
                .isEqualByComparingTo(centen(bd("137800").multiply(bd("1.2")).divide(TWAALF, Fixture.MC)));
    }
}
