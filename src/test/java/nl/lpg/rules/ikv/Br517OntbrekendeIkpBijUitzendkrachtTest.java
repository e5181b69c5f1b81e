package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.stand.StandView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR517: "Indien er bij een IKV ontbrekende inkomstenperiode(s) aan het begin van een dienstverband zijn
 * geconstateerd (signaal 409) en het betreft een dienstverband op uitzendbasis (minimaal 1 ontbrekende
 * inkomstenperiode heeft code cao 17 of 92), dan wordt dit gesignaleerd." (Bouw)
 */
@DisplayName("BR517: ontbrekende IKP's aanwezig bij uitzendkracht (Bouw)")
class Br517OntbrekendeIkpBijUitzendkrachtTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br517OntbrekendeIkpBijUitzendkracht regel = new Br517OntbrekendeIkpBijUitzendkracht();

    @Test
    void uitzendkrachtMetOntbrekendeDecember() {
        assertThat(signalen(regel, StandTestHulp.ctx("BOUW", ikv(ikp().cao("17")).aanvang("2025-12-01"), p,
                StandView.LEEG))).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR);
            assertThat(x.melding()).contains("2025-12-01");
        });
    }

    @Test
    void geenUitzendCaoOfBuitenScope() {
        assertThat(regel.toets(StandTestHulp.ctx("BOUW", ikv(ikp().cao("BOUW-INFRA")).aanvang("2025-12-01"), p,
                StandView.LEEG))).isEmpty();
        assertThat(regel.toets(StandTestHulp.ctx("BOUW", ikv(ikp().cao("92")).aanvang("2026-01-01"), p,
                StandView.LEEG))).isEmpty();
        assertThat(signalen(regel, StandTestHulp.ctx("ABP", ikv(ikp().cao("17")).aanvang("2025-12-01"), p,
                StandView.LEEG))).isEmpty();
    }
}
