package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR50 Voorletters moeten alfa zijn. */
@Component
public class Br50VoorlettersAlfa implements IkvRegel {

    static final Pattern ALFA = Pattern.compile("[\\p{L}\\p{M} .'\\-\u2019]*");

    @Override
    public String regel() {
        return "50";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR50: voorletters mogen letters (ook met diakrieten), spaties en scheidingstekens bevatten, maar geen cijfers.
        String v = np.voorletters();
        if (v == null || v.isEmpty() || ALFA.matcher(v).matches()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Voorletters \"" + v + "\" bevatten andere tekens dan letters, spaties en scheidingstekens."));
    }
}
