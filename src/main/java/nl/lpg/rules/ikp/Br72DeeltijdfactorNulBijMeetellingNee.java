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

/** BR72: de deeltijdfactor mag niet groter dan nul zijn als code meetelling Nee is (ABP, PWRI, SPW, PPF APG). */
@Component
public class Br72DeeltijdfactorNulBijMeetellingNee implements IkvRegel {

    @Override
    public String regel() {
        return "72";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (meeteltNee(ikp) && ikp.deeltijdfactor() != null && ikp.deeltijdfactor().signum() > 0) {
                uit.add(Bevinding.van(regel(), "Code meetelling is Nee, maar de deeltijdfactor is "
                        + ikp.deeltijdfactor().toPlainString()
                        + "; bij een periode die niet meetelt moet de deeltijdfactor 0 zijn.")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
