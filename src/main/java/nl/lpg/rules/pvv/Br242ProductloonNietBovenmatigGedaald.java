package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR242 (ABP, PFAB): de daling van het productloon uit de pensioen/verzekeringperiode binnen een kalenderjaar t.o.v.n * het productloon bij een voorgaande pensioen/verzekeringperiode in de standenadministratie over het vorigen * kalenderjaar mag niet groter zijn dan het percentage bovenmatige daling per opdrachtgever (ProductloonMutatie).
 * See {@link ProductloonVorigJaar}.
 */
@Component
public class Br242ProductloonNietBovenmatigGedaald implements IkvRegel {

    @Override
    public String regel() {
        return "242";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return ProductloonVorigJaar.toets(ctx, regel(), -1, "percentageBovenmatigeDaling");
    }
}
