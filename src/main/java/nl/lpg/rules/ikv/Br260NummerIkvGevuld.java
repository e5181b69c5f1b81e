package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR260: het nummer inkomstenverhouding moet numeriek en groter dan nul zijn. */
@Component
public class Br260NummerIkvGevuld implements IkvRegel {

    @Override
    public String regel() {
        return "260";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        String nr = ctx.ikv().nummer();
        if (!Nummers.numeriekGroterDanNul(nr)) {
            return List.of(Bevinding.van(regel(), "Nummer inkomstenverhouding \"" + (nr == null ? "" : nr)
                    + "\" is niet numeriek en groter dan nul."));
        }
        return List.of();
    }
}
