package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * BR276 (structuurcontrole): bij meerdere inkomstenperioden met dezelfde verbijzondering binnen een inkomstenverhouding
 * geldt: als bij inkomstenperiode A de einddatum gevuld is, mag geen andere inkomstenperiode B een begindatum hebben
 * tussen datum ingang en datum einde van A. Reported on B.
 */
@Component
public class Br276IkpsZelfdeVerbijzonderingOverlappenNiet implements IkvRegel {

    @Override
    public String regel() {
        return "276";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Inkomstenperiode> ikps = ctx.ikv().inkomstenperioden();
        List<Bevinding> uit = new ArrayList<>();
        for (int b = 0; b < ikps.size(); b++) {
            Inkomstenperiode ikpB = ikps.get(b);
            for (int a = 0; a < ikps.size(); a++) {
                Inkomstenperiode ikpA = ikps.get(a);
                if (a == b || ikpA.datumEinde() == null || ikpA.datumAanvang() == null || ikpB.datumAanvang() == null
                        || !zelfde(ikpA.verbijzondering(), ikpB.verbijzondering())) {
                    continue;
                }
                if (!ikpB.datumAanvang().isBefore(ikpA.datumAanvang())
                        && !ikpB.datumAanvang().isAfter(ikpA.datumEinde())) {
                    uit.add(Bevinding.van(regel(), "Structuurfout: de inkomstenperiode met datum aanvang "
                            + ikpB.datumAanvang() + " overlapt met de inkomstenperiode " + ikpA.datumAanvang()
                            + " t/m " + ikpA.datumEinde() + " met dezelfde verbijzondering "
                            + (ikpB.verbijzondering() == null ? "" : ikpB.verbijzondering().trim()) + ".")
                            .metIkp(ikpB.datumAanvang()));
                    break;
                }
            }
        }
        return uit;
    }

    private static boolean zelfde(String x, String y) {
        return (x == null ? "" : x.trim()).equalsIgnoreCase(y == null ? "" : y.trim());
    }
}
