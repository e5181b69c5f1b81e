package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.delivery.PensioenVerzekeringPeriode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * BR120: als code meetelling Ja is moet bij minimaal 1 product de premie of het productloon groter dan nul zijn
 * (Bouw, Schoonmaak, SPW, PFAB, PPF APG).
 */
@Component
public class Br120PremieOfProductloonBijMeetellingJa implements IkvRegel {

    @Override
    public String regel() {
        return "120";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (!IkpHulp.meeteltJa(ikp)) {
                continue;
            }
            boolean gevuld = ikp.pensioenVerzekeringVerhoudingen().stream().flatMap(p -> p.perioden().stream())
                    .anyMatch(pvp -> positief(pvp.premie()) || positief(pvp.productloon()));
            if (!gevuld) {
                uit.add(Bevinding.van(regel(), "Code meetelling is Ja, maar bij geen enkel product is de premie of"
                        + " het productloon groter dan nul.").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }

    private static boolean positief(BigDecimal b) {
        return b != null && b.signum() > 0;
    }
}
