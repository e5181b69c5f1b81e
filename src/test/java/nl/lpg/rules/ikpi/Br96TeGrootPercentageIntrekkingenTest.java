package nl.lpg.rules.ikpi;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.ikv.StandTestHulp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR96: "Er wordt een te groot percentage van inkomstenperiodes ingezonden voor een Administratieve Eenheid. Het
 * aantal inkomstenverhoudingen is het aantal actuele inkomstenverhoudingen binnen de administratieve eenheid."
 */
@DisplayName("BR96: te groot percentage intrekkingen inkomstenperiodes")
class Br96TeGrootPercentageIntrekkingenTest {

    private final Parameters p = StandTestHulp.parameters().row("Intrekkingsgrenzen", "opdrachtgever", "ABP",
            "maximumPercentageIntrekkingen", "50.00").build();
    private final Br96TeGrootPercentageIntrekkingen regel = new Br96TeGrootPercentageIntrekkingen();

    @Test
    void tweeVanDrieActueleIkvs() {
        var ctx = IntrekkingStandFixture.ctx("ABP", p, 3, IntrekkingStandFixture.stand("ABP"), List.of(),
                IntrekkingStandFixture.intrekking("2025-11-01"), IntrekkingStandFixture.intrekking("2025-12-01"));
        assertThat(AeTestHulp.signalen(regel, ctx)).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.INTERNE_BEOORDELING);
            assertThat(x.melding()).contains("66.67%", "50.00%");
        });
    }

    @Test
    void binnenPercentageOfGeenActueleIkvs() {
        assertThat(regel.toets(IntrekkingStandFixture.ctx("ABP", p, 4, IntrekkingStandFixture.stand("ABP"), List.of(),
                IntrekkingStandFixture.intrekking("2025-11-01"), IntrekkingStandFixture.intrekking("2025-12-01"))))
                .isEmpty();
        assertThat(regel.toets(IntrekkingStandFixture.ctx("ABP", p, 0, IntrekkingStandFixture.stand("ABP"), List.of(),
                IntrekkingStandFixture.intrekking("2025-11-01")))).isEmpty();
    }
}
