package nl.lpg.rules.ikp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** BR83 (titel: geldigheid datums verbijzondering SUP): de geldigheid voor ABP ligt op of na 1996-01-01. */
@Component
public class Br83GeldigheidVerbijzonderingSup implements IkvRegel {

    @Override
    public String regel() {
        return "83";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return VerbijzonderingControle.geldigheid(ctx, regel(), "ABP", Set.of("SUP"), LocalDate.of(1996, 1, 1), null);
    }
}
