package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR241 (ABP, PFAB): de stijging van het productloon uit de pensioen/verzekeringperiode t.o.v. het productloon bijn * de voorgaande pensioen/verzekeringperiode in de standenadministratie over het vorige kalenderjaar mag niet groter zijnn * dan het percentage bovenmatige verhoging per opdrachtgever (ProductloonMutatie).
 * See {@link ProductloonVorigJaar}.
 */
@Component
public class Br241ProductloonNietBovenmatigGestegen implements IkvRegel {

    @Override
    public String regel() {
        return "241";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return ProductloonVorigJaar.toets(ctx, regel(), 1, "percentageBovenmatigeVerhoging");
    }
}
