package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR37: datum aanvang inkomstenverhouding moet op of voor datum einde inkomstenverhouding liggen. */
@Component
public class Br37AanvangIkvOpOfVoorEinde implements IkvRegel {

    @Override
    public String regel() {
        return "37";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        if (ikv.datumAanvang() != null && ikv.datumEinde() != null && ikv.datumAanvang().isAfter(ikv.datumEinde())) {
            return List.of(Bevinding.van(regel(), "Datum aanvang inkomstenverhouding " + ikv.datumAanvang()
                    + " ligt na datum einde inkomstenverhouding " + ikv.datumEinde()
                    + "; een inkomstenverhouding kan pas eindigen als zij is aangevangen."));
        }
        return List.of();
    }
}
