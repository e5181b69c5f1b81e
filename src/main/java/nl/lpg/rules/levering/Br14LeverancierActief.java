package nl.lpg.rules.levering;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringContext;
import nl.lpg.rules.LeveringRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR14: Leverancier moet actief zijn op het moment van aanleveren (datum aanmaak binnen de geldigheid). Only when BR13 holds: an unknown leverancier is BR13 alone. */
@Component
public class Br14LeverancierActief implements LeveringRegel {

    @Override
    public String regel() {
        return "14";
    }

    @Override
    public List<Bevinding> toets(LeveringContext ctx) {
        String nr = ctx.levering().nummerLeverancier();
        var datum = ctx.levering().aanmaak().toLocalDate();
        if (!ctx.organisatie().leverancier(nr).isEmpty() && ctx.organisatie().leverancier(nr, datum).isEmpty()) {
            return List.of(Bevinding.van(regel(), "Leverancier " + nr + " is op de aanmaakdatum " + datum
                    + " niet actief in de organisatieadministratie."));
        }
        return List.of();
    }
}
