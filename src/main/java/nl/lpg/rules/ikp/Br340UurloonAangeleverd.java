package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;


/** BR340: uurloon in de inkomstenperiode moet aangeleverd worden (Bouw). */
@Component
public class Br340UurloonAangeleverd implements IkvRegel {

    @Override
    public String regel() {
        return "340";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.brutoUurloon() == null) {
                uit.add(Bevinding.van(regel(), "Bruto uurloon is niet aangeleverd; bij deze opdrachtgever is het"
                        + " uurloon verplicht.").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
