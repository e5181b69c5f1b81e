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
 * BR323: "Een datum aanvang inkomstenverhouding die zodanig later gelegd wordt dat meerdere loontijdvakken wegvallen
 * kan alleen doorgevoerd worden als voor alle vervallen loontijdvakken de inkomstenperiodes worden ingetrokken."
 */
@DisplayName("BR323: ingangsdatum IKV verlaten mag alleen als IKPs verwijderd worden")
class Br323IngangsdatumVerlatenAlleenMetIntrekkingenTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br323IngangsdatumVerlatenAlleenMetIntrekkingen regel = new Br323IngangsdatumVerlatenAlleenMetIntrekkingen();
    private final nl.lpg.delivery.AdministratieveEenheid maart = ae("SPW", Periodiciteit.MAAND, "2026-03-01", "2026-03-31");

    @Test
    void vervallenLoontijdvakkenNietIngetrokken() {
        var s = StandTestHulp.stand("SPW", StandTestHulp.ikv("WN", "2020-01-01", null), "2026-01-01", "2026-02-01");
        var sig = signalen(regel, StandTestHulp.ctx(maart, ikv(ikp("2026-03-01")).aanvang("2026-03-01").build(), p, s));
        assertThat(sig).hasSize(2).allSatisfy(x -> assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR));
    }

    @Test
    void ingetrokkenOfNietVerlaat() {
        var s = StandTestHulp.stand("SPW", StandTestHulp.ikv("WN", "2020-01-01", null), "2026-01-01", "2026-02-01")
                .intrekkingInLevering("SPW", "A1000", "1", "1", LocalDate.of(2026, 1, 1))
                .intrekkingInLevering("SPW", "A1000", "1", "1", LocalDate.of(2026, 2, 1));
        assertThat(regel.toets(StandTestHulp.ctx(maart, ikv(ikp("2026-03-01")).aanvang("2026-03-01").build(), p, s)))
                .isEmpty();
        var t = StandTestHulp.stand("SPW", StandTestHulp.ikv("WN", "2020-01-01", null), "2026-01-01", "2026-02-01");
        assertThat(regel.toets(StandTestHulp.ctx(maart, ikv(ikp("2026-03-01")).build(), p, t))).isEmpty();
    }
}
