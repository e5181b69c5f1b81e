package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR182 Het productloon moet kleiner zijn dan 10.000.000 euro (ABP, PWRI). */
@Component
public class Br182ProductloonKleinerDanTienMiljoen implements IkvRegel {

    static final BigDecimal GRENS = new BigDecimal("10000000");

    @Override
    public String regel() {
        return "182";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR182 (ABP, PWRI): het productloon moet minder zijn dan 10 miljoen euro (GPS kan niet meer dan 7 cijfers voor de komma).
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var loon = p.pvp().productloon();
            if (loon != null && loon.compareTo(GRENS) >= 0) {
                out.add(p.bevinding(regel(), "Productloon " + loon.toPlainString() + " voor " + p.product()
                        + " is niet kleiner dan 10.000.000 euro."));
            }
        }
        return out;
    }
}
