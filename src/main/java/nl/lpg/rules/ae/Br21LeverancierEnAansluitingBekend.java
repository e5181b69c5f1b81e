package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR21: Leverancier en aansluiting moeten bekend zijn in de organisatieadministratie, met de relatie tussen beide. */
@Component
public class Br21LeverancierEnAansluitingBekend implements AeRegel {

    @Override
    public String regel() {
        return "21";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        String lev = ctx.levering().nummerLeverancier();
        if (ctx.organisatie().relatie(lev, ae.aansluitnummer()).isEmpty()) {
            return List.of(Bevinding.van(regel(), "Leverancier " + lev + " is in de organisatieadministratie niet gekoppeld aan aansluiting "
                    + ae.aansluitnummer() + "."));
        }
        return List.of();
    }
}
