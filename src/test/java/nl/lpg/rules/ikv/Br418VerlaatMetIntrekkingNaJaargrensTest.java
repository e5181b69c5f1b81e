package nl.lpg.rules.ikv;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ae;
import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR418: "Verlaten ingangsdatum inkomstenverhouding in een levering met periode voorbij de jaargrens met intrekking na
 * de jaargrens, zonder intrekking voor de jaargrens."
 */
@DisplayName("BR418: verlaten ingangsdatum met intrekking na, zonder intrekking voor de jaargrens")
class Br418VerlaatMetIntrekkingNaJaargrensTest {
    private final Br418VerlaatMetIntrekkingNaJaargrens regel = new Br418VerlaatMetIntrekkingNaJaargrens();

    @Test
    void intrekkingNaDeJaargrens() {
        var s = VerlaatOverJaargrensFixture.stand().intrekkingInLevering("ABP", "A1000", "1", "1", LocalDate.of(2026, 1, 1));
        assertThat(signalen(regel, VerlaatOverJaargrensFixture.ctx("2026-02-10", "2026-02-11", s))).singleElement()
                .satisfies(x -> assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR));
        assertThat(new Br405AanvangVerlaatOverJaargrens().toets(VerlaatOverJaargrensFixture.ctx("2026-02-10",
                "2026-02-11", s))).as("BR418, not BR405").isEmpty();
    }

    @Test
    void zonderIntrekkingNaDeJaargrens() {
        assertThat(regel.toets(VerlaatOverJaargrensFixture.ctx("2026-02-10", "2026-02-11",
                VerlaatOverJaargrensFixture.stand()))).isEmpty();
    }
}
