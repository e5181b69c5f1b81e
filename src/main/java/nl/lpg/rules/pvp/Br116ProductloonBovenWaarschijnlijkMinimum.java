package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import nl.lpg.parameters.ParameterSheets;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR116 Productloon moet groter zijn dan waarschijnlijk minimum (ABP, PFAB). */
@Component
public class Br116ProductloonBovenWaarschijnlijkMinimum implements IkvRegel {

    @Override
    public String regel() {
        return "116";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR116 (ABP, PFAB): productloon op datum aanvang PVP >= minimum productloon per opdrachtgever (ProductloonGrenzen).
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var loon = p.pvp().productloon();
            if (loon == null || p.pvp().datumAanvang() == null) {
                continue;
            }
            ctx.parameters().table(ParameterSheets.PvvPvpNp.PRODUCTLOON_GRENZEN.name())
                    .find(p.pvp().datumAanvang(), ctx.opdrachtgever()).map(r -> r.decimal("minimumProductloon"))
                    .filter(min -> loon.compareTo(min) < 0)
                    .ifPresent(min -> out.add(p.bevinding(regel(), "Productloon " + loon.toPlainString() + " voor " + p.product()
                            + " is lager dan het waarschijnlijke minimum " + min.toPlainString() + ".")));
        }
        return out;
    }
}
