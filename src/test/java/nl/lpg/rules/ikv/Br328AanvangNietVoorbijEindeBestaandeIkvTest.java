package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/** BR328: "Een datum aanvang inkomstenverhouding die verlaat wordt voorbij de datum einde is niet toegestaan." */
@DisplayName("BR328: verlaten datum aanvang IKV voorbij de datum einde bestaande IKV")
class Br328AanvangNietVoorbijEindeBestaandeIkvTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br328AanvangNietVoorbijEindeBestaandeIkv regel = new Br328AanvangNietVoorbijEindeBestaandeIkv();

    @Test
    void sleutelHergebruikt() {
        var s = StandTestHulp.stand("SPW", StandTestHulp.ikv("WN", "2020-01-01", "2025-06-30"));
        assertThat(signalen(regel, StandTestHulp.ctx("SPW", ikv().aanvang("2026-01-01"), p, s))).singleElement()
                .satisfies(x -> assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR));
    }

    @Test
    void binnenBestaandeIkv() {
        var s = StandTestHulp.stand("SPW", StandTestHulp.ikv("WN", "2020-01-01", "2025-06-30"));
        assertThat(regel.toets(StandTestHulp.ctx("SPW", ikv().aanvang("2025-06-01"), p, s))).isEmpty();
        var open = StandTestHulp.stand("SPW", StandTestHulp.ikv("WN", "2020-01-01", null));
        assertThat(regel.toets(StandTestHulp.ctx("SPW", ikv().aanvang("2026-01-01"), p, open))).isEmpty();
    }
}
