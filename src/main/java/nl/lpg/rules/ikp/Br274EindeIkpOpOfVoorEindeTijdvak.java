package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;


/** BR274: datum einde inkomstenperiode moet op of voor datum einde tijdvak AE vallen (indien gevuld). */
@Component
public class Br274EindeIkpOpOfVoorEindeTijdvak implements IkvRegel {

    @Override
    public String regel() {
        return "274";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.datumEinde() != null && ctx.ae().datumEindeTijdvak() != null
                    && ikp.datumEinde().isAfter(ctx.ae().datumEindeTijdvak())) {
                uit.add(Bevinding.van(regel(), "Datum einde inkomstenperiode " + ikp.datumEinde()
                        + " ligt na datum einde tijdvak " + ctx.ae().datumEindeTijdvak()
                        + " van de administratieve eenheid.").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
