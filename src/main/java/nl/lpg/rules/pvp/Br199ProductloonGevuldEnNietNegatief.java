package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR199 Het productloon moet groter dan of gelijk aan 0 zijn (Bouw, Schoonmaak). */
@Component
public class Br199ProductloonGevuldEnNietNegatief implements IkvRegel {

    @Override
    public String regel() {
        return "199";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR199 (Bouw, Schoonmaak): het productloon moet gevuld en >= 0 zijn; niet voor producten zonder productloon
        // (ProductvariantKenmerken.productloonOnafhankelijk = J).
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var loon = p.pvp().productloon();
            if ((loon == null || loon.signum() < 0) && !Producten.productloonOnafhankelijk(ctx.parameters(), ctx.opdrachtgever(), p)) {
                out.add(p.bevinding(regel(), "Productloon voor " + p.product() + " in de periode vanaf " + p.pvp().datumAanvang()
                        + " is " + (loon == null ? "niet gevuld" : "negatief (" + loon.toPlainString() + ")") + "."));
            }
        }
        return out;
    }
}
