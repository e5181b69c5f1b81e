package nl.lpg.rules.levering;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringContext;
import nl.lpg.rules.LeveringRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR16: Levering moet uniek zijn: nummer leverancier, periode levering en volgnummer komen niet eerder voor. */
@Component
public class Br16LeveringUniek implements LeveringRegel {

    @Override
    public String regel() {
        return "16";
    }

    @Override
    public List<Bevinding> toets(LeveringContext ctx) {
        var l = ctx.levering();
        boolean eerder = ctx.eerdereLeveringen().stream().anyMatch(e -> e.nummerLeverancier().equals(l.nummerLeverancier())
                && e.periodeLevering().equals(l.periodeLevering().toString()) && e.volgnummer() == l.volgnummer());
        if (eerder) {
            return List.of(Bevinding.van(regel(), "Levering " + l.sleutel() + " (leverancier/periode/volgnummer) is al eerder aangeleverd."));
        }
        return List.of();
    }
}
