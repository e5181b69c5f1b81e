package nl.lpg.rules.ikv;

import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ae;
import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR407: "Een einddatum inkomstenverhouding die zodanig vervroegd wordt dat deze de jaargrens overschrijdt waardoor
 * intrekkingen verwacht worden."
 */
@DisplayName("BR407: overschrijden jaargrens bij vervroegen einddatum IKV")
class Br407EinddatumVervroegdOverJaargrensTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br407EinddatumVervroegdOverJaargrens regel = new Br407EinddatumVervroegdOverJaargrens();
    private final nl.lpg.delivery.AdministratieveEenheid december =
            ae("SCHOONMAAK", Periodiciteit.MAAND, "2025-12-01", "2025-12-31");

    @Test
    void periodenNaDeJaargrensNietIngetrokken() {
        var s = StandTestHulp.stand("SCHOONMAAK", StandTestHulp.ikv("WN", "2020-01-01", null), "2025-12-01",
                "2026-01-01", "2026-02-01");
        var sig = signalen(regel, StandTestHulp.ctx(december, ikv(ikp("2025-12-01")).einde("2025-12-31").build(), p, s));
        assertThat(sig).hasSize(2).allSatisfy(x -> assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR));
        assertThat(new Br322EinddatumVervroegenAlleenMetIntrekkingen().toets(StandTestHulp.ctx(december,
                ikv(ikp("2025-12-01")).einde("2025-12-31").build(), p, s))).as("over de jaargrens: not BR322").isEmpty();
    }

    @Test
    void ingetrokken() {
        var s = StandTestHulp.stand("SCHOONMAAK", StandTestHulp.ikv("WN", "2020-01-01", null), "2025-12-01",
                "2026-01-01", "2026-02-01")
                .intrekkingInLevering("SCHOONMAAK", "A1000", "1", "1", LocalDate.of(2026, 1, 1))
                .intrekkingInLevering("SCHOONMAAK", "A1000", "1", "1", LocalDate.of(2026, 2, 1));
        assertThat(regel.toets(StandTestHulp.ctx(december, ikv(ikp("2025-12-01")).einde("2025-12-31").build(), p, s)))
                .isEmpty();
    }
}
