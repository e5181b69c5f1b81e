package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static nl.lpg.rules.ikp.IkpHulp.*;

/**
 * BR315 (structuurcontrole): bij code meetelling Nee mag er geen pensioen/verzekering verhouding en geen
 * werknemergegevens bij de inkomstenperiode zijn.
 */
@Component
public class Br315GeenPvvOfWnBijMeetellingNee implements IkvRegel {

    @Override
    public String regel() {
        return "315";
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
            if (meeteltNee(ikp) && (!ikp.pensioenVerzekeringVerhoudingen().isEmpty()
                    || !ikp.werknemergegevens().isEmpty())) {
                uit.add(Bevinding.van(regel(), "Structuurfout: code meetelling is Nee, maar bij de inkomstenperiode"
                        + " zijn "
                        + ikp.pensioenVerzekeringVerhoudingen().size() + " pensioen/verzekering verhouding(en) en "
                        + ikp.werknemergegevens().size()
                        + " keer werknemergegevens aangeleverd.").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
