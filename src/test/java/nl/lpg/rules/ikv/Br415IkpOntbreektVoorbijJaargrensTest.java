package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/** BR415: "Voor een IKV in de levering wordt geconstateerd dat hiervoor IKPs ontbreken voorbij de jaargrens." */
@DisplayName("BR415: IKP ontbreekt voorbij de jaargrens")
class Br415IkpOntbreektVoorbijJaargrensTest {

    private final Parameters p = TestParameters.create().seededRegels().row("TeControlerenLoontijdvakken",
            "opdrachtgever", "PPFAPG", "controleVanaf", LocalDate.of(2025, 11, 1), "aantalJarenTerug", 1).build();
    private final Br415IkpOntbreektVoorbijJaargrens regel = new Br415IkpOntbreektVoorbijJaargrens();

    @Test
    void decemberOntbreekt() {
        var s = StandTestHulp.stand("PPFAPG", StandTestHulp.ikv("WN", "2020-01-01", null), "2025-11-01");
        assertThat(signalen(regel, StandTestHulp.ctx("PPFAPG", ikv(), p, s))).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR);
            assertThat(x.datumAanvangInkomstenperiode()).isEqualTo("2025-12-01");
        });
    }

    @Test
    void volledigOfNieuw() {
        var s = StandTestHulp.stand("PPFAPG", StandTestHulp.ikv("WN", "2020-01-01", null), "2025-11-01", "2025-12-01");
        assertThat(regel.toets(StandTestHulp.ctx("PPFAPG", ikv(), p, s))).isEmpty();
        assertThat(regel.toets(StandTestHulp.ctx("PPFAPG", ikv(), p, nl.lpg.stand.StandView.LEEG))).isEmpty();
    }
}
