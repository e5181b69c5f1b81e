package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR99 Uren in PVP moeten aangeleverd worden (Bouw, Schoonmaak). */
@Component
public class Br99UrenInPvpAanleveren implements IkvRegel {

    @Override
    public String regel() {
        return "99";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR99 (Bouw, Schoonmaak): staat bij de productvariant "uren verplicht" (ProductvariantKenmerken.urenVerplicht = J),
        // dan moeten uren in de PVP gevuld en groter dan of gelijk aan 0 zijn.
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            boolean verplicht = Producten.kenmerken(ctx.parameters(), ctx.opdrachtgever(), p.pvv().productkeuze(),
                    p.pvv().productvariant(), p.pvp().datumAanvang()).map(r -> r.jn("urenVerplicht")).orElse(false);
            if (verplicht && (p.pvp().uren() == null || p.pvp().uren().signum() < 0)) {
                out.add(p.bevinding(regel(), "Uren zijn verplicht voor product " + p.product()
                        + " maar niet (of negatief) aangeleverd in de periode vanaf " + p.pvp().datumAanvang() + "."));
            }
        }
        return out;
    }
}
