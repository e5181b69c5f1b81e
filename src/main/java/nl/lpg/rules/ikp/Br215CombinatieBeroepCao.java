package nl.lpg.rules.ikp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR215: de combinatie van code beroep en code CAO moet bij de opdrachtgever bekend zijn (Bouw) - for overige CAO's.
 * See {@link BeroepCaoControle}.
 */
@Component
public class Br215CombinatieBeroepCao implements IkvRegel {

    @Override
    public String regel() {
        return "215";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return BeroepCaoControle.toets(ctx, regel(), false);
    }
}
