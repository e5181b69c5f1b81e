package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR322: "Een einddatum inkomstenverhouding die zodanig vervroegd wordt dat meerdere loontijdvakken wegvallen kan
 * alleen doorgevoerd worden als voor alle vervallen loontijdvakken de inkomstenperiodes worden ingetrokken."
 */
@DisplayName("BR322: einddatum IKV vervroegen mag alleen als IKPs verwijderd worden")
class Br322EinddatumVervroegenAlleenMetIntrekkingenTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br322EinddatumVervroegenAlleenMetIntrekkingen regel = new Br322EinddatumVervroegenAlleenMetIntrekkingen();

    @Test
    void vervallenLoontijdvakkenNietIngetrokken() {
        // January 2026 delivered again with einde 2026-01-20; February and March stay stored
        var s = StandTestHulp.stand("ABP", StandTestHulp.ikv("WN", "2020-01-01", null), "2026-01-01", "2026-02-01",
                "2026-03-01");
        var sig = signalen(regel, StandTestHulp.ctx("ABP", ikv(ikp().einde("2026-01-20")).einde("2026-01-20"), p, s));
        assertThat(sig).hasSize(2).allSatisfy(x -> assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR));
        assertThat(sig).extracting(x -> x.datumAanvangInkomstenperiode()).containsExactly("2026-02-01", "2026-03-01");
    }

    @Test
    void alleVervallenLoontijdvakkenIngetrokken() {
        var s = StandTestHulp.stand("ABP", StandTestHulp.ikv("WN", "2020-01-01", null), "2026-01-01", "2026-02-01",
                "2026-03-01")
                .intrekkingInLevering("ABP", "A1000", "1", "1", LocalDate.of(2026, 2, 1))
                .intrekkingInLevering("ABP", "A1000", "1", "1", LocalDate.of(2026, 3, 1));
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv(ikp().einde("2026-01-20")).einde("2026-01-20"), p, s)))
                .isEmpty();
        // einde not vervroegd
        var eerder = StandTestHulp.stand("ABP", StandTestHulp.ikv("WN", "2020-01-01", "2026-01-20"), "2026-01-01");
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv(ikp().einde("2026-01-20")).einde("2026-01-20"), p, eerder)))
                .isEmpty();
    }
}
