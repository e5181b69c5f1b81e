package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR7 (structuurcontrole): datum aanvang IKV moet voor datum einde IKV liggen. */
@Component
public class Br7AanvangIkvVoorEindeIkv implements IkvRegel {

    @Override
    public String regel() {
        return "7";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        if (ikv.datumAanvang() != null && ikv.datumEinde() != null && ikv.datumAanvang().isAfter(ikv.datumEinde())) {
            return List.of(Bevinding.van(regel(), "Structuurfout: datum aanvang inkomstenverhouding "
                    + ikv.datumAanvang() + " ligt na datum einde inkomstenverhouding " + ikv.datumEinde() + "."));
        }
        return List.of();
    }
}
