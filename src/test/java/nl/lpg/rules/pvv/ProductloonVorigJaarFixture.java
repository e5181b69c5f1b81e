package nl.lpg.rules.pvv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.ikv.StandTestHulp;
import nl.lpg.stand.VasteStand;

import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.pvv;

/** BR241/BR242: December 2025 stored with a productloon, January 2026 delivered; limits 25% up and 20% down. */
final class ProductloonVorigJaarFixture {
    private ProductloonVorigJaarFixture() {
    }

    static final Parameters P = StandTestHulp.parameters()
            .row("ProductloonMutatie", "opdrachtgever", "ABP", "percentageBovenmatigeVerhoging", "25.00",
                    "percentageBovenmatigeDaling", "20.00")
            .row("ProductloonMutatie", "opdrachtgever", "SPW", "percentageBovenmatigeVerhoging", "25.00",
                    "percentageBovenmatigeDaling", "20.00").build();

    static IkvContext ctx(String og, String vorig, String nu) {
        VasteStand s = new VasteStand().ikv(og, StandTestHulp.ikv("WN", "2020-01-01", null))
                .ikp(og, "A1000", "1", "1", StandTestHulp.ikp("2025-11-01", "J", "WNE", "R", "1.00"))
                .ikp(og, "A1000", "1", "1", StandTestHulp.ikp("2025-12-01", "J", "WNE", "R", vorig));
        return StandTestHulp.ctx(og, ikv(ikp().pvv(pvv("OP", "2026-01-01", nu, null, null))), P, s);
    }
}
