package nl.lpg.rules.ikp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** BR87: bij opdrachtgever ABP en aard VW zijn de codes WOU en WWU geldig (seeded for ABP only). */
@Component
public class Br87VerbijzonderingWouWwu implements IkvRegel {

    @Override
    public String regel() {
        return "87";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return VerbijzonderingControle.perAard(ctx, regel(), "VW", Set.of("WOU", "WWU"));
    }
}
