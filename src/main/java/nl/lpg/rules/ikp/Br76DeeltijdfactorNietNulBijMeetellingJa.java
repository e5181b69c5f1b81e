package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * BR76: de deeltijdfactor mag niet nul zijn als de periode meetelt (code meetelling Ja of leeg). Voor SPW mag de
 * deeltijdfactor nul zijn bij verbijzondering OPK en WIA.
 */
@Component
public class Br76DeeltijdfactorNietNulBijMeetellingJa implements IkvRegel {

    @Override
    public String regel() {
        return "76";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        boolean spw = "SPW".equalsIgnoreCase(ctx.opdrachtgever());
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (!IkpHulp.meeteltJa(ikp) || !IkpHulp.isNul(ikp.deeltijdfactor())) {
                continue;
            }
            if (spw && IkpHulp.isVerbijzondering(ikp, "OPK", "WIA")) {
                continue;
            }
            uit.add(Bevinding.van(regel(), "De deeltijdfactor is 0 terwijl de periode meetelt voor pensioenopbouw"
                    + " en premieafdracht (code meetelling Ja)").metIkp(ikp.datumAanvang()));
        }
        return uit;
    }
}
