package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR406: "Een einddatum inkomstenverhouding die zodanig verlaat wordt dat deze de jaargrens overschrijdt waardoor
 * inkomstenperioden verwacht worden voor het voorgaand jaar."
 */
@DisplayName("BR406: overschrijden jaargrens bij verlaten einddatum IKV")
class Br406EinddatumVerlaatOverJaargrensTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br406EinddatumVerlaatOverJaargrens regel = new Br406EinddatumVerlaatOverJaargrens();

    @Test
    void einddatumVerwijderdNovemberEnDecemberOntbreken() {
        var s = StandTestHulp.stand("PFAB", StandTestHulp.ikv("WN", "2025-06-01", "2025-10-31"), "2025-10-01");
        assertThat(signalen(regel, StandTestHulp.ctx("PFAB", ikv().aanvang("2025-06-01"), p, s))).singleElement()
                .satisfies(x -> {
                    assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR);
                    assertThat(x.melding()).contains("2025-11-01, 2025-12-01");
                });
    }

    @Test
    void nietVerlaatOfGeleverd() {
        var s = StandTestHulp.stand("PFAB", StandTestHulp.ikv("WN", "2025-06-01", "2025-10-31"), "2025-10-01");
        assertThat(regel.toets(StandTestHulp.ctx("PFAB", ikv().aanvang("2025-06-01").einde("2025-10-31"), p, s)))
                .isEmpty();
        var gevuld = StandTestHulp.stand("PFAB", StandTestHulp.ikv("WN", "2025-06-01", "2025-10-31"), "2025-10-01",
                "2025-11-01", "2025-12-01");
        assertThat(regel.toets(StandTestHulp.ctx("PFAB", ikv().aanvang("2025-06-01"), p, gevuld))).isEmpty();
    }
}
