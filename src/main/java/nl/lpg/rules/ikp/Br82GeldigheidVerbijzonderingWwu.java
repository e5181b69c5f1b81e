package nl.lpg.rules.ikp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** BR82: de geldigheid van verbijzondering WWU voor ABP ligt tussen 2007-01-01 en 2099-12-31. */
@Component
public class Br82GeldigheidVerbijzonderingWwu implements IkvRegel {

    @Override
    public String regel() {
        return "82";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return VerbijzonderingControle.geldigheid(ctx, regel(), "ABP", Set.of("WWU"), LocalDate.of(2007, 1, 1),
                LocalDate.of(2099, 12, 31));
    }
}
