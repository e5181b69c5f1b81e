package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR44: het personeelsnummer/salarisnummer moet numeriek en groter dan nul zijn. */
@Component
public class Br44PersoneelsnummerGevuld implements IkvRegel {

    @Override
    public String regel() {
        return "44";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        String pnr = ctx.ikv().personeelsnummer();
        if (!Nummers.numeriekGroterDanNul(pnr)) {
            return List.of(Bevinding.van(regel(), "Personeelsnummer/salarisnummer \"" + (pnr == null ? "" : pnr)
                    + "\" is niet numeriek en groter dan nul."));
        }
        return List.of();
    }
}
