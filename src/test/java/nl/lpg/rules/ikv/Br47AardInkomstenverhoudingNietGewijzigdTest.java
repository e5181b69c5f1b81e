package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.stand.StandView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR47: "De aard inkomstenverhouding in de levering moet gelijk zijn aan de aard inkomstenverhouding die in de
 * standenadministratie geregistreerd staat."
 */
@DisplayName("BR47: aard inkomstenverhouding mag niet gewijzigd worden")
class Br47AardInkomstenverhoudingNietGewijzigdTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br47AardInkomstenverhoudingNietGewijzigd regel = new Br47AardInkomstenverhoudingNietGewijzigd();

    @Test
    void aardGewijzigd() {
        var s = StandTestHulp.stand("PWRI", StandTestHulp.ikv("11", "2020-01-01", null));
        assertThat(signalen(regel, StandTestHulp.ctx("PWRI", ikv().aard("WN"), p, s))).singleElement()
                .satisfies(x -> {
                    assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                    assertThat(x.melding()).contains("WN", "11");
                });
    }

    @Test
    void zelfdeAardOfNieuweIkv() {
        var s = StandTestHulp.stand("PWRI", StandTestHulp.ikv("WN", "2020-01-01", null));
        assertThat(regel.toets(StandTestHulp.ctx("PWRI", ikv().aard("WN"), p, s))).isEmpty();
        assertThat(regel.toets(StandTestHulp.ctx("PWRI", ikv().aard("WN"), p, StandView.LEEG))).isEmpty();
    }
}
