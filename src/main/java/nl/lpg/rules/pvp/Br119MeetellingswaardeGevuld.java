package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR119 De meetellingswaarde moet gevuld zijn (ABP). */
@Component
public class Br119MeetellingswaardeGevuld implements IkvRegel {

    @Override
    public String regel() {
        return "119";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR119 (ABP): de meetellingswaarde in de PVP moet gevuld zijn.
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            if (p.pvp().meetellingswaarde() == null) {
                out.add(p.bevinding(regel(), "De meetellingswaarde is niet gevuld bij " + p.product()
                        + " in de periode vanaf " + p.pvp().datumAanvang() + "."));
            }
        }
        return out;
    }
}
