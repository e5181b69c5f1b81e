package nl.lpg.rules.ikpi;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.ikv.StandTestHulp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR410: "Indien intrekkingen inkomstenperiode worden aangeboden zonder bijbehorende inkomstenverhouding en buiten de
 * intrekkingen zijn nog inkomstenperioden aanwezig in de standenadministratie waarbij de jaargrens wordt
 * overschreden."
 */
@DisplayName("BR410: overschrijden jaargrens ten gevolge van intrekkingen IKP")
class Br410JaargrensDoorIntrekkingenTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br410JaargrensDoorIntrekkingen regel = new Br410JaargrensDoorIntrekkingen();

    @Test
    void blijvendePeriodeNaDeJaargrens() {
        var ctx = IntrekkingStandFixture.ctx("BOUW", p, 5, IntrekkingStandFixture.stand("BOUW", "2025-12-01",
                "2026-01-01"), List.of(), IntrekkingStandFixture.intrekking("2025-12-01"));
        assertThat(AeTestHulp.signalen(regel, ctx)).singleElement()
                .satisfies(x -> assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR));
    }

    @Test
    void deMeldingNoemtDePeriodeOverDeJaargrens() {
        // "buiten de intrekkingen zijn nog inkomstenperioden aanwezig ... waarbij de jaargrens wordt overschreden":
        // 2025-11-01 stays in the year of the intrekking, 2026-01-01 lies over the jaargrens
        var ctx = IntrekkingStandFixture.ctx("BOUW", p, 5, IntrekkingStandFixture.stand("BOUW", "2025-11-01",
                "2025-12-01", "2026-01-01"), List.of(), IntrekkingStandFixture.intrekking("2025-12-01"));
        assertThat(AeTestHulp.signalen(regel, ctx)).singleElement()
                .satisfies(x -> assertThat(x.melding()).contains("over de jaargrens staan (vanaf 2026-01-01)"));
    }

    @Test
    void blijvendeInHetzelfdeJaarOfAllesIngetrokken() {
        assertThat(regel.toets(IntrekkingStandFixture.ctx("BOUW", p, 5, IntrekkingStandFixture.stand("BOUW",
                "2025-11-01", "2025-12-01"), List.of(), IntrekkingStandFixture.intrekking("2025-12-01")))).isEmpty();
        assertThat(regel.toets(IntrekkingStandFixture.ctx("BOUW", p, 5, IntrekkingStandFixture.stand("BOUW",
                "2025-12-01"), List.of(), IntrekkingStandFixture.intrekking("2025-12-01")))).isEmpty();
    }
}
