package nl.lpg.rules.pvv;

import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR242: "De daling van het productloon uit de pensioen/verzekeringperiode binnen een kalenderjaar tov het
 * productloon bij een voorgaande pensioen/verzekeringperiode in de standenadministratie over het vorige kalenderjaar
 * mag niet groter zijn dan het percentage bovenmatige daling per opdrachtgever." (ABP, PFAB)
 */
@DisplayName("BR242: productloon mag niet bovenmatig dalen t.o.v. vorig jaar (ABP, PFAB)")
class Br242ProductloonNietBovenmatigGedaaldTest {

    private final Br242ProductloonNietBovenmatigGedaald regel = new Br242ProductloonNietBovenmatigGedaald();

    @Test
    void dalingBovenDeGrens() {
        assertThat(signalen(regel, ProductloonVorigJaarFixture.ctx("ABP", "40000.00", "30000.00"))).singleElement()
                .satisfies(x -> {
                    assertThat(x.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK);
                    assertThat(x.melding()).contains("25.00%", "20.00%");
                });
    }

    @Test
    void binnenGrensStijgingOfBuitenScope() {
        assertThat(regel.toets(ProductloonVorigJaarFixture.ctx("ABP", "40000.00", "34000.00"))).isEmpty();
        assertThat(regel.toets(ProductloonVorigJaarFixture.ctx("ABP", "40000.00", "60000.00"))).isEmpty();
        assertThat(signalen(regel, ProductloonVorigJaarFixture.ctx("SPW", "40000.00", "30000.00"))).isEmpty();
    }
}
