package nl.lpg.rules.ikv;

import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.stand.StandView;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ae;
import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR333: "De IKPs moeten de volledige omvang van de IKV uit de levering beslaan (vanaf ingangsdatum IKV of
 * conversiedatum, als conversiedatum recenter is) tot einddatum inkomstenverhouding of tot einde laatste loontijdvak
 * in de levering." (ABP: Onverwerkbaar; overige: Verwerkbaar)
 */
@DisplayName("BR333: de IKPs moeten de volledige omvang van de IKV beslaan")
class Br333IkpsBeslaanVolledigeIkvTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br333IkpsBeslaanVolledigeIkv regel = new Br333IkpsBeslaanVolledigeIkv();

    private static IkvContext maart(String og, Parameters p, StandView s) {
        return StandTestHulp.ctx(ae(og, Periodiciteit.MAAND, "2026-03-01", "2026-03-31"),
                ikv(ikp("2026-03-01")).aanvang("2026-01-01").build(), p, s);
    }

    @Test
    void januariEnFebruariOntbreken() {
        assertThat(signalen(regel, maart("ABP", p, StandView.LEEG))).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(x.melding()).contains("2026-01-01, 2026-02-01");
        });
        assertThat(signalen(regel, maart("BOUW", p, StandView.LEEG))).singleElement()
                .satisfies(x -> assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR));
    }

    @Test
    void standVultAanOfNietTeControleren() {
        var s = StandTestHulp.stand("ABP", StandTestHulp.ikv("WN", "2026-01-01", null), "2026-01-01", "2026-02-01");
        assertThat(regel.toets(maart("ABP", p, s))).isEmpty();
        Parameters zonderHulptabel = TestParameters.create().seededRegels().build();
        assertThat(regel.toets(maart("ABP", zonderHulptabel, StandView.LEEG))).isEmpty();
    }
}
