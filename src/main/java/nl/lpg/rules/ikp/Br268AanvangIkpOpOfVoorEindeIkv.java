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
 * BR268 (structuurcontrole): datum aanvang inkomstenperiode moet op of voor datum einde inkomstenverhouding liggen
 * (indien datum einde IKV aanwezig).
 */
@Component
public class Br268AanvangIkpOpOfVoorEindeIkv implements IkvRegel {

    @Override
    public String regel() {
        return "268";
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
            if (ikp.datumAanvang() != null && ikv.datumEinde() != null
                    && ikp.datumAanvang().isAfter(ikv.datumEinde())) {
                uit.add(Bevinding.van(regel(), "Structuurfout: datum aanvang inkomstenperiode " + ikp.datumAanvang()
                        + " ligt na datum einde inkomstenverhouding " + ikv.datumEinde()
                        + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
