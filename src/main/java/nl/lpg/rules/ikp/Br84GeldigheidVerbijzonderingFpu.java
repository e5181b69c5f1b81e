package nl.lpg.rules.ikp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** BR84: de geldigheid van verbijzondering FPU voor ABP ligt tussen 1996-01-01 en 2006-01-01. */
@Component
public class Br84GeldigheidVerbijzonderingFpu implements IkvRegel {

    @Override
    public String regel() {
        return "84";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return VerbijzonderingControle.geldigheid(ctx, regel(), "ABP", Set.of("FPU"), LocalDate.of(1996, 1, 1),
                LocalDate.of(2006, 1, 1));
    }
}
