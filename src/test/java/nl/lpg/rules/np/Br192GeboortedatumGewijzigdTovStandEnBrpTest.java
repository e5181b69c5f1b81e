package nl.lpg.rules.np;

import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR192: "Bepaal of de geboortedatum van de natuurlijk persoon in de levering gelijk is aan de geboortedatum in de
 * standenadministratie en indien deze afwijkt, of deze ook niet matcht met de gegevens in BRP."
 */
@DisplayName("BR192: geboortedatum gewijzigd t.o.v. standenadministratie en BRP")
class Br192GeboortedatumGewijzigdTovStandEnBrpTest {

    @Test
    void gewijzigdEnNietInBrp() {
        var regel = new Br192GeboortedatumGewijzigdTovStandEnBrp(GeboortedatumFixture.brp("1980-05-17"));
        assertThat(signalen(regel, GeboortedatumFixture.ctx("1980-05-18"))).singleElement()
                .satisfies(x -> assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR));
        var onbekend = new Br192GeboortedatumGewijzigdTovStandEnBrp(GeboortedatumFixture.brp(null));
        assertThat(onbekend.toets(GeboortedatumFixture.ctx("1980-05-18"))).hasSize(1);
    }

    @Test
    void brpBevestigtOngewijzigdOfGeenBron() {
        var regel = new Br192GeboortedatumGewijzigdTovStandEnBrp(GeboortedatumFixture.brp("1980-05-18"));
        assertThat(regel.toets(GeboortedatumFixture.ctx("1980-05-18"))).isEmpty();
        assertThat(regel.toets(GeboortedatumFixture.ctx("1980-05-17"))).isEmpty();
        assertThat(new Br192GeboortedatumGewijzigdTovStandEnBrp().bronGeconfigureerd()).isFalse();
        assertThat(new Br192GeboortedatumGewijzigdTovStandEnBrp().toets(GeboortedatumFixture.ctx("1980-05-18")))
                .isEmpty();
    }
}
