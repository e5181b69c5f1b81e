package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR18: Aansluitnummer moet bestaan bij de opdrachtgever (bekend onder hetzelfde aansluitnummer bij dezelfde opdrachtgever). */
@Component
public class Br18AansluitnummerBijOpdrachtgever implements AeRegel {

    @Override
    public String regel() {
        return "18";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        var rows = ctx.organisatie().aansluiting(ae.aansluitnummer());
        if (!rows.isEmpty() && rows.stream().noneMatch(r -> ae.opdrachtgever().equalsIgnoreCase(r.text("opdrachtgever")))) {
            return List.of(Bevinding.van(regel(), "Aansluiting " + ae.aansluitnummer() + " is niet bekend bij opdrachtgever "
                    + ae.opdrachtgever() + " maar bij " + rows.get(0).text("opdrachtgever") + "."));
        }
        return List.of();
    }
}
