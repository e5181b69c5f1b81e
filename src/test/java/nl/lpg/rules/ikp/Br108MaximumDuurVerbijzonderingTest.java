package nl.lpg.rules.ikp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.Signaal;
import nl.lpg.stand.StandView;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("BR108: de duur van de verbijzondering moet kleiner dan of gelijk zijn aan de maximum duur (Bouw; BBL 26 weken)")
class Br108MaximumDuurVerbijzonderingTest {

    private final Parameters p = TestParameters.create().seededRegels()
            .row("Verbijzonderingen", "opdrachtgever", "BOUW", "aard", "WN", "verbijzondering", "BBL",
                    "toegestaneCodeMeetelling", "JA", "maximaleDuurWeken", 26)
            // ABP has the same maximum, so only BR108's scope (Bouw) keeps it silent for ABP
            .row("Verbijzonderingen", "opdrachtgever", "ABP", "aard", "WN", "verbijzondering", "BBL",
                    "toegestaneCodeMeetelling", "JA", "maximaleDuurWeken", 26).build();
    private final Br108MaximumDuurVerbijzondering regel = new Br108MaximumDuurVerbijzondering();

    static StandView stand(String... aanvangVerbijzondering) {
        List<StandView.StandIkp> l = new java.util.ArrayList<>();
        for (int i = 0; i < aanvangVerbijzondering.length; i += 2) {
            l.add(new StandView.StandIkp(d(aanvangVerbijzondering[i]), null, d(aanvangVerbijzondering[i]), null,
                    aanvangVerbijzondering[i + 1]));
        }
        return (og, a, pnr, nr) -> l;
    }

    @Test
    void reeksUitDeStandTeLang() {
        // BBL since 2025-07-01; January 2026 ends 2026-01-31: 214 days > 182
        StandView s = stand("2025-06-01", "WNE", "2025-07-01", "BBL", "2025-08-01", "BBL");
        var c = ctx(Units.ae("BOUW"), ikv(ikp().verbijzondering("BBL")).build(), p, null, s);
        List<Signaal> sig = signalen(regel, c);
        assertThat(sig).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(x.melding()).contains("2025-07-01", "2026-01-31", "26 weken");
        });
    }

    @Test
    void binnenMaximumOfOnderbroken() {
        // BBL since 2025-08-03: 181 days <= 182
        assertThat(regel.toets(ctx(Units.ae("BOUW"), ikv(ikp().verbijzondering("BBL")).build(), p, null,
                stand("2025-08-03", "BBL")))).isEmpty();
        // a WNE period breaks the series
        assertThat(regel.toets(ctx(Units.ae("BOUW"), ikv(ikp().verbijzondering("BBL")).build(), p, null,
                stand("2025-07-01", "BBL", "2025-12-01", "WNE")))).isEmpty();
        // verbijzondering without maximum
        assertThat(regel.toets(ctx(Units.ae("BOUW"), ikv(ikp()).build(), p, null,
                stand("2020-01-01", "WNE")))).isEmpty();
    }

    @Test
    void nietVoorAbpOokAlsAbpEenMaximumHeeft() {
        var abp = ctx(Units.ae("ABP"), ikv(ikp().verbijzondering("BBL")).build(), p, null, stand("2025-07-01", "BBL"));
        // the rule itself finds the series too long for ABP's maximum ...
        assertThat(regel.toets(abp)).hasSize(1);
        // ... but the Regels sheet runs BR108 for Bouw only
        assertThat(signalen(regel, abp)).isEmpty();
    }
}
