package nl.lpg.rules.np;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.ikv.StandTestHulp;
import nl.lpg.stand.VasteStand;

import java.time.LocalDate;
import java.util.Map;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;

/** BR191/BR192: the stand knows the person born 1980-05-17; the delivery says 1980-05-18. */
final class GeboortedatumFixture {
    private GeboortedatumFixture() {
    }

    static final Parameters P = StandTestHulp.parameters().build();

    static BrpBron brp(String geboortedatum) {
        Map<String, BrpBron.BrpPersoon> m = geboortedatum == null ? Map.of()
                : Map.of(StandTestHulp.BSN, new BrpBron.BrpPersoon(LocalDate.parse(geboortedatum), null));
        return bsns -> {
            Map<String, BrpBron.BrpPersoon> uit = new java.util.HashMap<>();
            bsns.stream().filter(m::containsKey).forEach(b -> uit.put(b, m.get(b)));
            return uit;
        };
    }

    static IkvContext ctx(String geboren) {
        VasteStand s = new VasteStand().ikv("ABP", StandTestHulp.ikv("WN", "2020-01-01", null));
        return StandTestHulp.ctx("ABP", ikv().geboren(geboren), P, s);
    }
}
