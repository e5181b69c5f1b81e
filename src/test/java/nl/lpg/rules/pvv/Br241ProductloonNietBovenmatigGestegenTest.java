package nl.lpg.rules.pvv;

import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR241: "De stijging van het productloon uit de pensioen/verzekeringperiode tov het productloon bij de voorgaande
 * pensioen/verzekeringperiode in de standenadministratie over het vorige kalenderjaar mag niet groter zijn dan het
 * percentage bovenmatige verhoging per opdrachtgever." (ABP, PFAB)
 */
@DisplayName("BR241: productloon mag niet bovenmatig stijgen t.o.v. vorig jaar (ABP, PFAB)")
class Br241ProductloonNietBovenmatigGestegenTest {

    private final Br241ProductloonNietBovenmatigGestegen regel = new Br241ProductloonNietBovenmatigGestegen();

    @Test
    void stijgingBovenDeGrens() {
        // from the last PVP of 2025 (December 40000.00), not November: +30%
        assertThat(signalen(regel, ProductloonVorigJaarFixture.ctx("ABP", "40000.00", "52000.00"))).singleElement()
                .satisfies(x -> {
                    assertThat(x.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK);
                    assertThat(x.melding()).contains("40000.00", "52000.00", "30.00%", "25.00%");
                });
    }

    @Test
    void binnenGrensDalingNulOfBuitenScope() {
        assertThat(regel.toets(ProductloonVorigJaarFixture.ctx("ABP", "40000.00", "50000.00"))).isEmpty();
        assertThat(regel.toets(ProductloonVorigJaarFixture.ctx("ABP", "40000.00", "20000.00"))).isEmpty();
        assertThat(regel.toets(ProductloonVorigJaarFixture.ctx("ABP", "0.00", "52000.00"))).isEmpty();
        assertThat(signalen(regel, ProductloonVorigJaarFixture.ctx("SPW", "40000.00", "52000.00"))).isEmpty();
    }
}
