package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR97 Dagen in PVP moeten aangeleverd worden (Bouw). */
@Component
public class Br97DagenInPvpAanleveren implements IkvRegel {

    @Override
    public String regel() {
        return "97";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR97 (Bouw): staat bij de productvariant "dagen verplicht" (ProductvariantKenmerken.dagenVerplicht = J),
        // dan moet dagen in de PVP gevuld en groter dan of gelijk aan 0 zijn.
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            boolean verplicht = Producten.kenmerken(ctx.parameters(), ctx.opdrachtgever(), p.pvv().productkeuze(),
                    p.pvv().productvariant(), p.pvp().datumAanvang()).map(r -> r.jn("dagenVerplicht")).orElse(false);
            if (verplicht && (p.pvp().dagen() == null || p.pvp().dagen().signum() < 0)) {
                out.add(p.bevinding(regel(), "Dagen zijn verplicht voor product " + p.product()
                        + " maar niet (of negatief) aangeleverd in de periode vanaf " + p.pvp().datumAanvang() + "."));
            }
        }
        return out;
    }
}
