package nl.lpg.rules.wn;

import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.Signaal;
import nl.lpg.stand.StandView;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("BR317: per loontijdvak mag niet meer dan 1 voorkomen werknemergegevens; alleen bij de eerste IKP van het loontijdvak")
class Br317EenmaalWerknemergegevensPerLoontijdvakTest {

    private static final Parameters LEEG = TestParameters.create().build();
    private final Br317EenmaalWerknemergegevensPerLoontijdvak regel = new Br317EenmaalWerknemergegevensPerLoontijdvak();

    @Test
    void werknemergegevensBijTweedeIkp() {
        IkvContext c = ctx("ABP", ikv(ikp().einde("2026-01-15").geenWn(), ikp("2026-01-16")), seeded());
        assertThat(signalen(regel, c)).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(s.datumAanvangInkomstenperiode()).isEqualTo("2026-01-16");
        });
        assertThat(regel.isStructuurcontrole()).isTrue();
    }

    @Test
    void tweeKeerBijEenIkp() {
        assertThat(regel.toets(ctx("ABP", ikv(ikp().wn(2)), LEEG))).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("2 keer"));
    }

    @Test
    void alleenBijEersteOfInAnderLoontijdvak() {
        assertThat(regel.toets(ctx("ABP", ikv(ikp().einde("2026-01-15"), ikp("2026-01-16").geenWn()), LEEG)))
                .isEmpty();
        IkvContext kwartaal = ctx(ae("ABP", Periodiciteit.KWARTAAL, "2026-01-01", "2026-03-31"),
                ikv(ikp().einde("2026-01-31"), ikp("2026-02-01")).build(), LEEG, null, StandView.LEEG);
        assertThat(regel.toets(kwartaal)).hasSize(1);
        IkvContext maand = ctx(ae("ABP", Periodiciteit.MAAND, "2026-02-01", "2026-02-28"),
                ikv(ikp().einde("2026-01-31"), ikp("2026-02-01")).build(), LEEG, null, StandView.LEEG);
        assertThat(regel.toets(maand)).isEmpty();
    }
}
