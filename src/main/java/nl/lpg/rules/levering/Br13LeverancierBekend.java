package nl.lpg.rules.levering;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringContext;
import nl.lpg.rules.LeveringRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR13: Leverancier is bekend in organisatie-administratie (onder hetzelfde leveranciernummer). */
@Component
public class Br13LeverancierBekend implements LeveringRegel {

    @Override
    public String regel() {
        return "13";
    }

    @Override
    public List<Bevinding> toets(LeveringContext ctx) {
        String nr = ctx.levering().nummerLeverancier();
        if (ctx.organisatie().leverancier(nr).isEmpty()) {
            return List.of(Bevinding.van(regel(), "Leverancier " + nr + " is niet bekend in de organisatieadministratie."));
        }
        return List.of();
    }
}
