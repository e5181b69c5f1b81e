package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.stand.StandView;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR202: "Als de natuurlijke persoon uit de levering voorkomt in de stand mag voor dezelfde persoon bij dezelfde
 * aansluiting géén andere, parallelle inkomstenverhouding voorkomen in de stand." (PFAB, Bouw)
 */
@DisplayName("BR202: parallelle inkomstenverhouding niet toegestaan (PFAB, Bouw)")
class Br202ParalleleInkomstenverhoudingTest {

    private final Parameters p = StandTestHulp.parameters()
            .row("SoortInkomstenverhouding", "soortInkomstenverhouding", "99", "werkgeversbetaling", Boolean.TRUE)
            .build();
    private final Br202ParalleleInkomstenverhouding regel = new Br202ParalleleInkomstenverhouding();

    private static VasteStand andere(String og, String einde, String soort) {
        return new VasteStand().ikv(og, new StandView.StandIkv("A1000", "2", "1", "WN", LocalDate.of(2019, 1, 1),
                einde == null ? null : LocalDate.parse(einde), StandTestHulp.BSN, LocalDate.of(1980, 5, 17), soort));
    }

    @Test
    void parallelBijDezelfdeAansluiting() {
        assertThat(signalen(regel, StandTestHulp.ctx("BOUW", ikv(), p, andere("BOUW", null, "15")))).singleElement()
                .satisfies(x -> {
                    assertThat(x.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK);
                    assertThat(x.melding()).contains("personeelsnummer 2").doesNotContain(StandTestHulp.BSN);
                });
    }

    @Test
    void geenOverlapWerkgeversbetalingOfAndereOpdrachtgever() {
        assertThat(regel.toets(StandTestHulp.ctx("BOUW", ikv(), p, andere("BOUW", "2019-12-31", "15")))).isEmpty();
        assertThat(regel.toets(StandTestHulp.ctx("BOUW", ikv(), p, andere("BOUW", null, "99")))).isEmpty();
        assertThat(signalen(regel, StandTestHulp.ctx("ABP", ikv(), p, andere("ABP", null, "15")))).isEmpty();
    }
}
