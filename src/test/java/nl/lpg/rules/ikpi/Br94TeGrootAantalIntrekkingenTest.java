package nl.lpg.rules.ikpi;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.ikv.StandTestHulp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** BR94: "Er worden teveel intrekkingen van inkomstenperiodes ingezonden voor een Administratieve Eenheid." */
@DisplayName("BR94: te groot aantal intrekkingen inkomstenperiodes")
class Br94TeGrootAantalIntrekkingenTest {

    private final Parameters p = StandTestHulp.parameters().row("Intrekkingsgrenzen", "opdrachtgever", "ABP",
            "maximumAantalIntrekkingen", 1, "maximumPercentageIntrekkingen", "50.00").build();
    private final Br94TeGrootAantalIntrekkingen regel = new Br94TeGrootAantalIntrekkingen();

    @Test
    void meerDanHetMaximum() {
        var ctx = IntrekkingStandFixture.ctx("ABP", p, 10, IntrekkingStandFixture.stand("ABP"), List.of(),
                IntrekkingStandFixture.intrekking("2025-11-01"), IntrekkingStandFixture.intrekking("2025-12-01"));
        assertThat(AeTestHulp.signalen(regel, ctx)).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.INTERNE_BEOORDELING);
            assertThat(x.melding()).contains("2 intrekkingen", "maximum is 1");
        });
    }

    @Test
    void binnenMaximumOfGeenParameter() {
        assertThat(regel.toets(IntrekkingStandFixture.ctx("ABP", p, 10, IntrekkingStandFixture.stand("ABP"), List.of(),
                IntrekkingStandFixture.intrekking("2025-11-01")))).isEmpty();
        assertThat(regel.toets(IntrekkingStandFixture.ctx("BOUW", p, 10, IntrekkingStandFixture.stand("BOUW"),
                List.of(), IntrekkingStandFixture.intrekking("2025-11-01"), IntrekkingStandFixture.intrekking(
                        "2025-12-01")))).isEmpty();
    }
}
