package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR404: "Een ingangsdatum inkomstenverhouding die vervroegd wordt voorbij de jaargrens waardoor inkomstenperioden
 * verwacht worden voor het voorgaand jaar of volgend jaar."
 */
@DisplayName("BR404: vervroegen ingangsdatum IKV voorbij de jaargrens")
class Br404AanvangVervroegdOverJaargrensTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br404AanvangVervroegdOverJaargrens regel = new Br404AanvangVervroegdOverJaargrens();

    @Test
    void vervroegdNaarDecember() {
        var s = StandTestHulp.stand("BOUW", StandTestHulp.ikv("WN", "2026-01-01", null), "2026-01-01");
        assertThat(signalen(regel, StandTestHulp.ctx("BOUW", ikv().aanvang("2025-12-01"), p, s))).singleElement()
                .satisfies(x -> {
                    assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR);
                    assertThat(x.datumAanvangInkomstenperiode()).isEqualTo("2025-12-01");
                });
    }

    @Test
    void vervroegdBinnenHetJaarOfNietVervroegd() {
        var s = StandTestHulp.stand("BOUW", StandTestHulp.ikv("WN", "2025-12-15", null), "2025-12-01");
        assertThat(regel.toets(StandTestHulp.ctx("BOUW", ikv().aanvang("2025-12-01"), p, s))).isEmpty();
        var t = StandTestHulp.stand("BOUW", StandTestHulp.ikv("WN", "2026-01-01", null), "2026-01-01");
        assertThat(regel.toets(StandTestHulp.ctx("BOUW", ikv().aanvang("2026-01-01"), p, t))).isEmpty();
    }
}
