package nl.lpg.rules.pvp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class StructuurPvpTest {

    private final Parameters p = TestParameters.create().seededRegels().build();
    private static final LocalDate D15 = LocalDate.of(2026, 1, 15);

    @Test
    @DisplayName("BR115 Aanvang pensioen/verzekeringperiode ligt voor PVV")
    void br115() {
        var regel = new Br115AanvangPvpVoorPvv();
        assertThat(regel.isStructuurcontrole()).isTrue();
        assertThat(voerUit(regel, ctx("PFAB", ikv(ikp(pvv("OPNP", null, D15, null, pvp(D15.minusDays(1), "1")))), p)))
                .singleElement().satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR));
        assertThat(regel.toets(ctx("PFAB", ikv(ikp(pvv("OPNP", null, D15, null, pvp(D15, "1")))), p))).isEmpty();
        // PVV without datum aanvang: nothing to compare
        assertThat(regel.toets(ctx("PFAB", ikv(ikp(pvv("OPNP", null, pvp(JAN, "1")))), p))).isEmpty();
    }

    @Test
    @DisplayName("BR347 Aanvang pensioen/verzekeringperiode na einde PVV")
    void br347() {
        var regel = new Br347AanvangPvpNaEindePvv();
        assertThat(regel.isStructuurcontrole()).isTrue();
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, JAN, D15, pvp(D15.plusDays(1), "1")))), p))).hasSize(1);
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, JAN, D15, pvp(D15, "1")))), p))).isEmpty();
    }

    @Test
    @DisplayName("BR234 Datum aanvang PVP moet groter of gelijk zijn aan datum aanvang IKP")
    void br234() {
        var regel = new Br234AanvangPvpNaAanvangIkp();
        assertThat(regel.isStructuurcontrole()).isTrue();
        var voor = ikv(ikp(D15, null, "WNE", null, pvv("OPNP", null, pvp(D15.minusDays(1), "1"))));
        var op = ikv(ikp(D15, null, "WNE", null, pvv("OPNP", null, pvp(D15, "1"))));
        assertThat(voerUit(regel, ctx("SPW", voor, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("2026-01-14", "2026-01-15"));
        assertThat(regel.toets(ctx("SPW", op, p))).isEmpty();
    }

    @Test
    @DisplayName("BR348 Aanvang pensioen/verzekeringperiode ligt buiten bereik IKP (einde IKP, of einde tijdvak bij open IKP)")
    void br348() {
        var regel = new Br348AanvangPvpBuitenBereikIkp();
        assertThat(regel.isStructuurcontrole()).isTrue();
        var naEinde = ikv(ikp(JAN, D15, "WNE", null, pvv("OPNP", null, pvp(D15.plusDays(1), "1"))));
        var openNaTijdvak = ikv(ikp(JAN, null, "WNE", null, pvv("OPNP", null, pvp(LocalDate.of(2026, 2, 1), "1"))));
        var openBinnen = ikv(ikp(JAN, null, "WNE", null, pvv("OPNP", null, pvp(LocalDate.of(2026, 1, 31), "1"))));
        assertThat(regel.toets(ctx("ABP", naEinde, p))).hasSize(1);
        assertThat(regel.toets(ctx("ABP", openNaTijdvak, p))).hasSize(1);
        assertThat(regel.toets(ctx("ABP", openBinnen, p))).isEmpty();
    }

    @Test
    @DisplayName("PVP-EINDE-IKP Datum aanvang PVP moet kleiner of gelijk zijn aan datum einde IKP, mits datum einde IKP gevuld is")
    void pvpEindeIkp() {
        var regel = new BrPvpEindeIkpAanvangPvpUiterlijkEindeIkp();
        assertThat(regel.isStructuurcontrole()).isFalse();
        assertThat(voerUit(regel, ctx("BOUW", ikv(ikp(JAN, D15, "WNE", null, pvv("OPNP", null, pvp(D15.plusDays(1), "1")))), p)))
                .singleElement().satisfies(s -> assertThat(s.regel()).isEqualTo("PVP-EINDE-IKP"));
        assertThat(regel.toets(ctx("BOUW", ikv(ikp(JAN, D15, "WNE", null, pvv("OPNP", null, pvp(D15, "1")))), p))).isEmpty();
        assertThat(regel.toets(ctx("BOUW", ikv(ikp(JAN, null, "WNE", null, pvv("OPNP", null, pvp(D15.plusYears(1), "1")))), p))).isEmpty();
    }
}
