package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;


/** BR150: code meetelling moet Ja of Nee zijn (Bouw, Schoonmaak, SPW, PFAB, PWRI, PPF APG). */
@Component
public class Br150CodeMeetellingJaOfNee implements IkvRegel {

    @Override
    public String regel() {
        return "150";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.codeMeetelling() == null || !(ikp.codeMeetelling().trim().equalsIgnoreCase("J")
                    || ikp.codeMeetelling().trim().equalsIgnoreCase("N"))) {
                String code = ikp.codeMeetelling() == null ? "" : ikp.codeMeetelling().trim();
                uit.add(Bevinding.van(regel(), "Code meetelling \"" + code
                        + "\" is niet Ja (J) of Nee (N).").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
