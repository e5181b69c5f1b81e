package nl.lpg.rules.ikpi;

import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR94: er worden teveel intrekkingen van inkomstenperiodes ingezonden voor een administratieve eenheid: more than
 * Intrekkingsgrenzen.maximumAantalIntrekkingen (on datum aanvang tijdvak). Interne beoordeling holds the AE.
 */
@Component
public class Br94TeGrootAantalIntrekkingen implements AeRegel {

    @Override
    public String regel() {
        return "94";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        Integer max = ctx.parameters().table(ParameterSheets.Stand.INTREKKINGSGRENZEN.name())
                .find(ae.datumAanvangTijdvak(), ae.opdrachtgever()).map(r -> r.integer("maximumAantalIntrekkingen"))
                .orElse(null);
        int aantal = ctx.ae().intrekkingen().size();
        if (max == null || aantal <= max) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "De administratieve eenheid bevat " + aantal
                + " intrekkingen van inkomstenperioden; het maximum is " + max + "."));
    }
}
