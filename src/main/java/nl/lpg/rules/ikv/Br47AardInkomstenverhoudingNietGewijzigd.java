package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR47: bij een bestaande inkomstenverhouding mag de aard van de inkomstenverhouding niet worden gewijzigd; de aard in
 * de levering moet gelijk zijn aan de aard die in de standenadministratie geregistreerd staat.
 */
@Component
public class Br47AardInkomstenverhoudingNietGewijzigd implements IkvRegel {

    @Override
    public String regel() {
        return "47";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        String aard = ctx.ikv().aard() == null ? "" : ctx.ikv().aard().trim();
        return StandHulp.standIkv(ctx).filter(s -> s.aard() != null && !s.aard().trim().equals(aard))
                .map(s -> List.of(Bevinding.van(regel(), "De aard inkomstenverhouding " + aard + " wijkt af van de aard "
                        + s.aard().trim() + " in de standenadministratie; de aard mag niet gewijzigd worden.")))
                .orElse(List.of());
    }
}
