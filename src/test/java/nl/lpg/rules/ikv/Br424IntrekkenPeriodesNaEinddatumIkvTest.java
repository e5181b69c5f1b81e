package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR424: "Als er na verwerken van een levering voor een IKV periode(s) aanwezig zijn na einddatum
 * inkomstenverhouding, die allen opgelegd zijn door periodieke controle, dan wordt per betreffende periode signaal
 * gesteld."
 */
@DisplayName("BR424: intrekken periodes na einddatum IKV")
class Br424IntrekkenPeriodesNaEinddatumIkvTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br424IntrekkenPeriodesNaEinddatumIkv regel = new Br424IntrekkenPeriodesNaEinddatumIkv();

    private static VasteStand stand(String soort) {
        return new VasteStand().ikv("ABP", StandTestHulp.ikv("WN", "2020-01-01", null))
                .ikp("ABP", "A1000", "1", "1", StandTestHulp.ikp("2026-02-01", "N", "WNE", soort, "0.00"))
                .ikp("ABP", "A1000", "1", "1", StandTestHulp.ikp("2026-03-01", "N", "WNE", soort, "0.00"));
    }

    @Test
    void opgelegdePeriodenNaEinde() {
        var sig = signalen(regel, StandTestHulp.ctx("ABP", ikv().einde("2026-01-31"), p, stand("A")));
        assertThat(sig).hasSize(2).allSatisfy(x -> assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR));
    }

    @Test
    void doorDeWerkgeverGeleverdOfGeenEinde() {
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv().einde("2026-01-31"), p, stand("R")))).isEmpty();
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv(), p, stand("A")))).isEmpty();
    }
}
