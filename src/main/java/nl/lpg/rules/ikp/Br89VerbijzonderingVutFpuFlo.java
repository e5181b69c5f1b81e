package nl.lpg.rules.ikp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** BR89: bij opdrachtgever ABP en aard VP zijn de codes VUT, FPU en FLO geldig (seeded for ABP only). */
@Component
public class Br89VerbijzonderingVutFpuFlo implements IkvRegel {

    @Override
    public String regel() {
        return "89";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return VerbijzonderingControle.perAard(ctx, regel(), "VP", Set.of("VUT", "FPU", "FLO"));
    }
}
