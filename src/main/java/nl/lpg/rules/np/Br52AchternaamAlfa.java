package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR52 Achternaam moet alfa zijn. */
@Component
public class Br52AchternaamAlfa implements IkvRegel {

    static final Pattern ALFA = Pattern.compile("[\\p{L}\\p{M} '\\-\u2018\u2019]*");

    @Override
    public String regel() {
        return "52";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR52: de achternaam mag alleen letters (inclusief diakrieten), spaties, koppeltekens en de quote bevatten
        // (zoals in O'Brien), geen cijfers of leestekens.
        String a = np.achternaam();
        if (a == null || a.isEmpty() || ALFA.matcher(a).matches()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Achternaam \"" + a + "\" bevat andere tekens dan letters, spaties, koppelteken en apostrof."));
    }
}
