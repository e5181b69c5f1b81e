package nl.lpg.rules.ikp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** BR88: bij opdrachtgever ABP en aard VA is de code SUP geldig (seeded for ABP only). */
@Component
public class Br88VerbijzonderingSup implements IkvRegel {

    @Override
    public String regel() {
        return "88";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return VerbijzonderingControle.perAard(ctx, regel(), "VA", Set.of("SUP"));
    }
}
