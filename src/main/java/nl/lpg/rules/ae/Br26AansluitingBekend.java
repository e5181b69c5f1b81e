package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR26: Aansluiting moet bekend zijn in de organisatieadministratie. Conditional for every other content check of the AE: after this signal nothing more is checked in that AE. */
@Component
public class Br26AansluitingBekend implements AeRegel {

    @Override
    public String regel() {
        return "26";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        if (ctx.organisatie().aansluiting(ae.aansluitnummer()).isEmpty()) {
            return List.of(Bevinding.van(regel(), "Aansluiting " + ae.aansluitnummer()
                    + " is niet bekend in de organisatieadministratie."));
        }
        return List.of();
    }
}
