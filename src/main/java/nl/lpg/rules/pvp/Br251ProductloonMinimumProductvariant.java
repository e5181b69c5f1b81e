package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR251 Natuurlijk persoon moet productloon gelijk of boven het minimum hebben om deze productvariant te kiezen. */
@Component
public class Br251ProductloonMinimumProductvariant implements IkvRegel {

    @Override
    public String regel() {
        return "251";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR251 (ABP, PFAB): het productloon moet >= het minimum productloon van de gekozen productvariant zijn
        // (ProductvariantKenmerken.minimumProductloon op datum aanvang PVP).
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var loon = p.pvp().productloon();
            if (loon == null || p.pvp().datumAanvang() == null) {
                continue;
            }
            Producten.kenmerken(ctx.parameters(), ctx.opdrachtgever(), p.pvv().productkeuze(), p.pvv().productvariant(),
                    p.pvp().datumAanvang()).map(r -> r.decimal("minimumProductloon")).filter(min -> loon.compareTo(min) < 0)
                    .ifPresent(min -> out.add(p.bevinding(regel(), "Productloon " + loon.toPlainString() + " is lager dan het minimum "
                            + min.toPlainString() + " om product " + p.product() + " te kiezen.")));
        }
        return out;
    }
}
