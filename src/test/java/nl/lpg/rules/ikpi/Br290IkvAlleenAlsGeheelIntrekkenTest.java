package nl.lpg.rules.ikpi;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.ikp.IkvTestHulp;
import nl.lpg.rules.ikv.StandTestHulp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR290: "Een IKV kan alleen dan in zijn geheel ingetrokken worden indien alle bijbehorende inkomstenperioden
 * ingetrokken zijn." (ABP, PWRI, SPW, PFAB, PPF APG)
 */
@DisplayName("BR290: een IKV kan alleen als geheel ingetrokken worden")
class Br290IkvAlleenAlsGeheelIntrekkenTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br290IkvAlleenAlsGeheelIntrekken regel = new Br290IkvAlleenAlsGeheelIntrekken();

    @Test
    void nietAlleInkomstenperiodenIngetrokken() {
        var ctx = IntrekkingStandFixture.ctx("ABP", p, 5, IntrekkingStandFixture.stand("ABP", "2025-12-01",
                "2026-01-01"), List.of(), IntrekkingStandFixture.intrekking("2025-12-01"));
        assertThat(AeTestHulp.signalen(regel, ctx)).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(x.melding()).contains("2026-01-01");
        });
    }

    @Test
    void alleIngetrokkenIkvGeleverdOfBuitenScope() {
        assertThat(regel.toets(IntrekkingStandFixture.ctx("ABP", p, 5, IntrekkingStandFixture.stand("ABP",
                "2025-12-01"), List.of(), IntrekkingStandFixture.intrekking("2025-12-01")))).isEmpty();
        var ae = AeTestHulp.maandJanuari("ABP");
        var geleverd = List.of(AeTestHulp.overzicht(ae, IkvTestHulp.ikv().build()));
        assertThat(regel.toets(IntrekkingStandFixture.ctx("ABP", p, 5, IntrekkingStandFixture.stand("ABP",
                "2025-12-01", "2026-01-01"), geleverd, IntrekkingStandFixture.intrekking("2025-12-01")))).isEmpty();
        assertThat(AeTestHulp.signalen(regel, IntrekkingStandFixture.ctx("BOUW", p, 5, IntrekkingStandFixture.stand(
                "BOUW", "2025-12-01", "2026-01-01"), List.of(), IntrekkingStandFixture.intrekking("2025-12-01"))))
                .isEmpty();
    }
}
