package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;


/**
 * BR327 (structuurcontrole): datum einde inkomstenperiode moet op of voor datum einde inkomstenverhouding liggen
 * (indien beide aanwezig).
 */
@Component
public class Br327EindeIkpOpOfVoorEindeIkv implements IkvRegel {

    @Override
    public String regel() {
        return "327";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.datumEinde() != null && ikv.datumEinde() != null && ikp.datumEinde().isAfter(ikv.datumEinde())) {
                uit.add(Bevinding.van(regel(), "Structuurfout: datum einde inkomstenperiode " + ikp.datumEinde()
                        + " ligt na datum einde inkomstenverhouding " + ikv.datumEinde()
                        + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
