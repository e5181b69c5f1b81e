package nl.lpg.rules.levering;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringContext;
import nl.lpg.rules.LeveringRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR349: Externe leverancier moet aanleveren onder soort R; only Incasso itself (intern in the register) may deliver soort A. */
@Component
public class Br349ExterneLeverancierSoortR implements LeveringRegel {

    @Override
    public String regel() {
        return "349";
    }

    @Override
    public List<Bevinding> toets(LeveringContext ctx) {
        var l = ctx.levering();
        if (!ctx.organisatie().isIntern(l.nummerLeverancier()) && !"R".equals(l.soort())) {
            return List.of(Bevinding.van(regel(), "Externe leverancier " + l.nummerLeverancier()
                    + " levert onder soort " + l.soort() + "; alleen soort R (regulier) is toegestaan."));
        }
        return List.of();
    }
}
