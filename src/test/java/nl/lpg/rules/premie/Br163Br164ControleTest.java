package nl.lpg.rules.premie;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.Signaal;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static nl.lpg.rules.premie.PremieRegelFixture.eenheid;
import static nl.lpg.rules.premie.PremieRegelFixture.pvp;
import static nl.lpg.rules.premie.PremieRegelFixture.toets;
import static nl.lpg.rules.premie.PremieRegelFixture.voerUit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR163 "Vergelijk de grondslag uit de onder handen levering met de door APG berekende grondslag ... getoetst ten
 * opzichte van de toegestane marge voor afrondingsverschillen", with the second (30 dagen) and, for ABP, third
 * (360 dagen) attempt; BR164 the same for the premie with the 30 dagen attempt.
 * ABP OPNP (Q): franchise 17545, maximum 137800, 7.50 %; ABP VPL (O, PREMIE): 3.10 %.
 */
class Br163Br164ControleTest {

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static TestParameters basis(String og) {
        TestParameters t = TestParameters.create().seededRegels();
        PremieRegelFixture.productvariant(t, og, "OPNP", "Q", "17545", "137800", "7.50", "GRONDSLAG");
        PremieRegelFixture.productvariant(t, og, "VPL", "O", null, null, "3.10", "PREMIE");
        PremieRegelFixture.marge(t, "163", "*", "*", null, "1.00");
        PremieRegelFixture.marge(t, "164", "*", "*", null, "0.05");
        return t;
    }

    static final Parameters ABP = basis("ABP").build();

    static IkvEenheid opnp(String og, String aanvang, String grondslag) {
        return eenheid(og, "OPNP", "REG", "1", pvp(aanvang, "60000", grondslag, null, "100.00"));
    }

    @Test
    @DisplayName("BR163: exactly on the margin (berekend 3537.92 + 1.00) passes, one cent over signals")
    void margeGrens() {
        // by hand: (60000 - 17545) * 1 * 100% * 31/31 / 12 = 3537.9166... -> 3537.92
        BigDecimal berekend = bd("3537.92");
        Br163ControleerGrondslag r = new Br163ControleerGrondslag();
        assertThat(toets(r, opnp("ABP", "2026-01-01", berekend.add(bd("1.00")).toPlainString()), ABP)).isEmpty();
        assertThat(toets(r, opnp("ABP", "2026-01-01", berekend.subtract(bd("1.00")).toPlainString()), ABP)).isEmpty();
        assertThat(toets(r, opnp("ABP", "2026-01-01", berekend.add(bd("1.01")).toPlainString()), ABP))
                .singleElement().satisfies(b -> {
                    assertThat(b.melding()).contains("3538.93", "3537.92", "OPNP");
                    assertThat(b.productkeuze()).isEqualTo("OPNP");
                });
    }

    @Test
    @DisplayName("BR163: a broken month outside the margin passes on the 'correctiefactor 30 dagen' attempt")
    void dertigDagen() {
        // PVP 16..31 January: berekend = 42455 * 16/31 / 12 = 1826.02; loontijdvak = 42455 / 12;
        // second attempt = 42455 / 12 * 16 / 30 = 1886.888... -> 1886.89
        BigDecimal dertig = bd("1886.89");
        Br163ControleerGrondslag r = new Br163ControleerGrondslag();
        assertThat(toets(r, opnp("ABP", "2026-01-16", dertig.toPlainString()), ABP)).isEmpty();
        assertThat(toets(r, opnp("ABP", "2026-01-16", dertig.add(bd("1.01")).toPlainString()), ABP)).hasSize(1);
    }

    @Test
    @DisplayName("BR163: for ABP a third attempt on 360 dagen per jaar (16..31 January = 15 days of 30)")
    void driehonderdZestigDagen() {
        // by hand: 42455 / 12 = 3537.9166...; * 15 / 30 = 1768.958... -> 1768.96
        BigDecimal d360 = bd("1768.96");
        Br163ControleerGrondslag r = new Br163ControleerGrondslag();
        assertThat(toets(r, opnp("ABP", "2026-01-16", d360.toPlainString()), ABP)).isEmpty();
        // not ABP: only two attempts, so the same amount signals
        Parameters pfab = basis("PFAB").build();
        assertThat(toets(r, opnp("PFAB", "2026-01-16", d360.toPlainString()), pfab)).hasSize(1);
        // outside all three: signal naming the attempts
        assertThat(toets(r, opnp("ABP", "2026-01-16", "1700.00"), ABP)).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("1826.02", "1886.89", "1768.96"));
    }

    @Test
    @DisplayName("BR163: no retry for a whole month; no check without a delivered grondslag or for a PREMIE product")
    void geenHerberekeningVolleMaand() {
        Br163ControleerGrondslag r = new Br163ControleerGrondslag();
        // 3537.92 * 31 / 30 = 3655.85 would pass a 30-day retry; a whole month gets none
        assertThat(toets(r, opnp("ABP", "2026-01-01", "3655.85"), ABP)).hasSize(1);
        assertThat(toets(r, opnp("ABP", "2026-01-01", null), ABP)).isEmpty();
        IkvEenheid vpl = eenheid("ABP", "VPL", "REG", "1", pvp("2026-01-01", "60000", "1.00", "155.00", null));
        assertThat(toets(r, vpl, ABP)).isEmpty();
    }

    @Test
    @DisplayName("BR163 applies to ABP (Verwerkbaar) and not to PFAB per the seeded Regels")
    void toepasbaarheid163() {
        List<Signaal> abp = voerUit(new Br163ControleerGrondslag(), opnp("ABP", "2026-01-01", "3600.00"), ABP);
        assertThat(abp).singleElement().extracting(Signaal::aard).isEqualTo(Aard.VERWERKBAAR);
        Parameters pfab = basis("PFAB").build();
        assertThat(voerUit(new Br163ControleerGrondslag(), opnp("PFAB", "2026-01-01", "3600.00"), pfab)).isEmpty();
    }

    static IkvEenheid vpl(String og, String aanvang, String premie) {
        return eenheid(og, "VPL", "REG", "1", pvp(aanvang, "60000", null, premie, null));
    }

    @Test
    @DisplayName("BR164: premie exactly on the margin (155.00 +/- 0.05) passes, one cent over signals")
    void premieMarge() {
        // by hand: 60000 * 1 * 31/31 / 12 = 5000.00; * 3.10 % = 155.00 (the engine's value, checked by the margins below)
        Br164ControleerPremie r = new Br164ControleerPremie();
        assertThat(toets(r, vpl("ABP", "2026-01-01", "155.05"), ABP)).isEmpty();
        assertThat(toets(r, vpl("ABP", "2026-01-01", "154.95"), ABP)).isEmpty();
        assertThat(toets(r, vpl("ABP", "2026-01-01", "155.06"), ABP)).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("155.06", "155.00"));
        assertThat(toets(r, vpl("ABP", "2026-01-01", null), ABP)).isEmpty();
    }

    @Test
    @DisplayName("BR164: broken month: premie * aantal kalenderdagen in loontijdvak / 30 as second attempt")
    void premieDertigDagen() {
        // by hand: grondslag = 60000 * 16/31 / 12 = 2580.645... -> 2580.65; premie = 2580.65 * 3.10 % = 80.00015
        // -> 80.00; second attempt = 80.00015 * 31 / 30 = 82.6668... -> 82.67
        Br164ControleerPremie r = new Br164ControleerPremie();
        assertThat(toets(r, vpl("ABP", "2026-01-16", "82.67"), ABP)).isEmpty();
        assertThat(toets(r, vpl("ABP", "2026-01-16", "80.05"), ABP)).isEmpty();
        assertThat(toets(r, vpl("ABP", "2026-01-16", "82.73"), ABP)).hasSize(1);
    }

    @Test
    @DisplayName("BR164 applies to ABP and not to PFAB per the seeded Regels")
    void toepasbaarheid164() {
        assertThat(voerUit(new Br164ControleerPremie(), vpl("ABP", "2026-01-01", "160.00"), ABP)).hasSize(1);
        assertThat(voerUit(new Br164ControleerPremie(), vpl("PFAB", "2026-01-01", "160.00"), basis("PFAB").build()))
                .isEmpty();
    }
}
