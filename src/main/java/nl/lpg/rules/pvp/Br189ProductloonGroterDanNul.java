package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR189 Het productloon moet groter dan 0 zijn (ABP, PWRI, SPW, PFAB). */
@Component
public class Br189ProductloonGroterDanNul implements IkvRegel {

    @Override
    public String regel() {
        return "189";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR189 (ABP, PWRI, SPW, PFAB): wordt premie en/of premiegrondslag groter dan nul aangeleverd, dan moet het
        // productloon groter dan nul zijn. Productloon 0 mag bij premie en grondslag 0.
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var pvp = p.pvp();
            if ((Producten.positief(pvp.premie()) || Producten.positief(pvp.premiegrondslag())) && !Producten.positief(pvp.productloon())) {
                out.add(p.bevinding(regel(), "Productloon " + Producten.bedrag(pvp.productloon()) + " voor " + p.product()
                        + " is niet groter dan 0, terwijl premiegrondslag " + Producten.bedrag(pvp.premiegrondslag())
                        + " en premie " + Producten.bedrag(pvp.premie()) + " zijn aangeleverd."));
            }
        }
        return out;
    }
}
