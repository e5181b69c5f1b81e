package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import nl.lpg.parameters.ParameterSheets;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR117 Productloon moet kleiner zijn dan waarschijnlijk maximum (ABP, PFAB). */
@Component
public class Br117ProductloonOnderWaarschijnlijkMaximum implements IkvRegel {

    @Override
    public String regel() {
        return "117";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR117 (ABP, PFAB): productloon op datum aanvang PVP <= maximum productloon per opdrachtgever (ProductloonGrenzen).
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var loon = p.pvp().productloon();
            if (loon == null || p.pvp().datumAanvang() == null) {
                continue;
            }
            ctx.parameters().table(ParameterSheets.PvvPvpNp.PRODUCTLOON_GRENZEN.name())
                    .find(p.pvp().datumAanvang(), ctx.opdrachtgever()).map(r -> r.decimal("maximumProductloon"))
                    .filter(max -> loon.compareTo(max) > 0)
                    .ifPresent(max -> out.add(p.bevinding(regel(), "Productloon " + loon.toPlainString() + " voor " + p.product()
                            + " is hoger dan het waarschijnlijke maximum " + max.toPlainString() + ".")));
        }
        return out;
    }
}
