package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/** BR46: "Een uitdiensttreding moet tijdig gemeld worden via de gegevensaanlevering." */
@DisplayName("BR46: een uitdiensttreding moet tijdig aangeleverd worden")
class Br46UitdiensttredingTijdigTest {

    private final Parameters p = StandTestHulp.parameters().row("TijdigheidAanlevering", "opdrachtgever", "ABP",
            "periodiciteit", "MAAND", "aantalDagenTijdigheid", 60).build();
    private final Br46UitdiensttredingTijdig regel = new Br46UitdiensttredingTijdig();

    @Test
    void uitdiensttredingTeLaat() {
        // einde 2025-10-15: loontijdvak ends 2025-10-31, + 60 days = 2025-12-30; levering aangemaakt 2026-02-03
        var s = StandTestHulp.stand("ABP", StandTestHulp.ikv("WN", "2020-01-01", null), "2025-10-01");
        assertThat(signalen(regel, StandTestHulp.ctx("ABP", ikv().einde("2025-10-15"), p, s))).singleElement()
                .satisfies(x -> {
                    assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                    assertThat(x.melding()).contains("2025-10-15", "2025-12-30", "2026-02-03");
                });
    }

    @Test
    void tijdigOfEerderGemeld() {
        var s = StandTestHulp.stand("ABP", StandTestHulp.ikv("WN", "2020-01-01", null), "2025-10-01");
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv().einde("2026-01-15"), p, s))).isEmpty();
        var gemeld = StandTestHulp.stand("ABP", StandTestHulp.ikv("WN", "2020-01-01", "2025-10-15"), "2025-10-01");
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv().einde("2025-10-15"), p, gemeld))).isEmpty();
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv(), p, s))).isEmpty();
    }
}
