package nl.lpg.rules.np;

import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR191: "Bepaal of de geboortedatum van de natuurlijk persoon in de levering gelijk is aan de geboortedatum in de
 * standenadministratie. Het signaal wordt gegeven als er wel een match is met BRP."
 */
@DisplayName("BR191: wijziging van geboortedatum bij natuurlijk persoon in standenadministratie")
class Br191GeboortedatumGewijzigdTovStandTest {

    @Test
    void gewijzigdEnBrpBevestigt() {
        var regel = new Br191GeboortedatumGewijzigdTovStand(GeboortedatumFixture.brp("1980-05-18"));
        assertThat(signalen(regel, GeboortedatumFixture.ctx("1980-05-18"))).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.INTERNE_BEOORDELING);
            assertThat(x.melding()).contains("1980-05-18", "1980-05-17").doesNotContain("111222333");
        });
    }

    @Test
    void ongewijzigdGeenBrpMatchOfGeenBron() {
        var regel = new Br191GeboortedatumGewijzigdTovStand(GeboortedatumFixture.brp("1980-05-17"));
        assertThat(regel.toets(GeboortedatumFixture.ctx("1980-05-17"))).isEmpty();
        assertThat(regel.toets(GeboortedatumFixture.ctx("1980-05-18"))).as("no BRP match: BR192").isEmpty();
        var zonderBron = new Br191GeboortedatumGewijzigdTovStand();
        assertThat(zonderBron.bronGeconfigureerd()).isFalse();
        assertThat(zonderBron.nietGeevalueerdReden()).contains("niet geëvalueerd");
        assertThat(zonderBron.toets(GeboortedatumFixture.ctx("1980-05-18"))).isEmpty();
    }
}
