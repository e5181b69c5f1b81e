package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;


/** BR70 (structuurcontrole): datum aanvang inkomstenperiode moet op of na datum aanvang inkomstenverhouding liggen. */
@Component
public class Br70AanvangIkpOpOfNaAanvangIkv implements IkvRegel {

    @Override
    public String regel() {
        return "70";
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
            if (ikp.datumAanvang() != null && ikv.datumAanvang() != null
                    && ikp.datumAanvang().isBefore(ikv.datumAanvang())) {
                uit.add(Bevinding.van(regel(), "Structuurfout: datum aanvang inkomstenperiode " + ikp.datumAanvang()
                        + " ligt voor datum aanvang inkomstenverhouding " + ikv.datumAanvang()
                        + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
