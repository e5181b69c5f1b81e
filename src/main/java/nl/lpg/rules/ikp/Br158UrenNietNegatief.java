package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;


/** BR158: aantal uren in inkomstenperiode moet groter dan of gelijk aan 0 zijn (SPW). */
@Component
public class Br158UrenNietNegatief implements IkvRegel {

    @Override
    public String regel() {
        return "158";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.uren() != null && ikp.uren().signum() < 0) {
                uit.add(Bevinding.van(regel(), "Aantal uren in de inkomstenperiode is "
                        + ikp.uren().toPlainString() + "; dit moet 0 of meer zijn.").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
