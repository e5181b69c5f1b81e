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

/** BR405: "Een ingangsdatum inkomstenverhouding die verlaat wordt voorbij de jaargrens waardoor intrekkingen of inkomstenperioden verwacht worden." */
@DisplayName("BR405: verlaten ingangsdatum IKV voorbij de jaargrens")
class Br405AanvangVerlaatOverJaargrensFixture {
    private final Br405AanvangVerlaatOverJaargrens regel = new Br405AanvangVerlaatOverJaargrens();

    @Test
    void periodenVoorDeJaargrensBlijvenStaan() {
        assertThat(signalen(regel, VerlaatOverJaargrensFixture.ctx("2026-02-10", "2026-02-11",
                VerlaatOverJaargrensFixture.stand()))).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR);
            assertThat(x.melding()).contains("2025-11-01, 2025-12-01");
        });
    }

    @Test
    void fictieveDatumOfIngetrokken() {
        // 1 januari is a fictieve datum (preconditie)
        assertThat(regel.toets(VerlaatOverJaargrensFixture.ctx("2026-01-01", "2026-02-01",
                VerlaatOverJaargrensFixture.stand()))).isEmpty();
        var s = VerlaatOverJaargrensFixture.stand()
                .intrekkingInLevering("ABP", "A1000", "1", "1", LocalDate.of(2025, 11, 1))
                .intrekkingInLevering("ABP", "A1000", "1", "1", LocalDate.of(2025, 12, 1));
        assertThat(regel.toets(VerlaatOverJaargrensFixture.ctx("2026-02-10", "2026-02-11", s))).isEmpty();
    }
}
