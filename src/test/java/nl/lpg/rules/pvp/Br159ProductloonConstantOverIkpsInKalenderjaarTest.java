package nl.lpg.rules.pvp;

import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.ikv.StandTestHulp;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ae;
import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.pvv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR159: "Het productloon moet voor alle IKP's binnen een IKV en kalenderjaar gelijk zijn." IKPs van een loontijdvak
 * dat opnieuw is aangeleverd of wordt ingetrokken tellen niet mee; bij ZKG of WIA eindigt de controle. (SPW)
 */
@DisplayName("BR159: productloon bij een IKV moet constant zijn in kalenderjaar (IKP's) (SPW)")
class Br159ProductloonConstantOverIkpsInKalenderjaarTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br159ProductloonConstantOverIkpsInKalenderjaar regel = new Br159ProductloonConstantOverIkpsInKalenderjaar();
    private final nl.lpg.delivery.AdministratieveEenheid februari = ae("SPW", Periodiciteit.MAAND, "2026-02-01", "2026-02-28");

    private static VasteStand januari(String og, String verbijzondering, String productloon) {
        return new VasteStand().ikv(og, StandTestHulp.ikv("WN", "2020-01-01", null))
                .ikp(og, "A1000", "1", "1", StandTestHulp.ikp("2026-01-01", "J", verbijzondering, "R", productloon));
    }

    private nl.lpg.rules.IkvContext ctx(String og, VasteStand s) {
        return StandTestHulp.ctx(og.equals("SPW") ? februari : ae(og, Periodiciteit.MAAND, "2026-02-01", "2026-02-28"),
                ikv(ikp("2026-02-01").pvv(pvv("OP", "2026-02-01", "4200.00", null, null))).build(), p, s);
    }

    @Test
    void productloonGewijzigdTovJanuari() {
        assertThat(signalen(regel, ctx("SPW", januari("SPW", "WNE", "4000.00")))).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(x.melding()).contains("4000.00", "4200.00");
            assertThat(x.productkeuze()).isEqualTo("OP");
        });
    }

    @Test
    void gelijkZiekteIngetrokkenOfBuitenScope() {
        assertThat(regel.toets(ctx("SPW", januari("SPW", "WNE", "4200.00")))).isEmpty();
        assertThat(regel.toets(ctx("SPW", januari("SPW", "ZKG", "4000.00")))).isEmpty();
        assertThat(regel.toets(ctx("SPW", januari("SPW", "WNE", "4000.00")
                .intrekkingInLevering("SPW", "A1000", "1", "1", LocalDate.of(2026, 1, 1))))).isEmpty();
        assertThat(signalen(regel, ctx("ABP", januari("ABP", "WNE", "4000.00")))).isEmpty();
    }
}
