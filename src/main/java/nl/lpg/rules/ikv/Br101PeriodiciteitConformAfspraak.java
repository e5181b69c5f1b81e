package nl.lpg.rules.ikv;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR101: de periodiciteit van de AE moet conform de periodiciteit zijn die bij de aansluiting is vastgelegd
 * (organisatie-administratie, Aansluitingen, op datum aanvang tijdvak). The spec places it under the IKV, so each
 * IKV of such an AE is held for internal review.
 */
@Component
public class Br101PeriodiciteitConformAfspraak implements IkvRegel {

    @Override
    public String regel() {
        return "101";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        AdministratieveEenheid ae = ctx.ae();
        if (ctx.organisatie() == null || ae.periodiciteit() == null || ae.datumAanvangTijdvak() == null) {
            return List.of();
        }
        String afgesproken = ctx.organisatie().aansluiting(ae.aansluitnummer(), ae.datumAanvangTijdvak())
                .map(r -> r.text("periodiciteit")).orElse(null);
        // An unknown aansluiting is an AE rule's concern, not this one's.
        if (afgesproken != null && !afgesproken.trim().equalsIgnoreCase(ae.periodiciteit().name())) {
            return List.of(Bevinding.van(regel(), "Periodiciteit van de administratieve eenheid ("
                    + ae.periodiciteit().name() + ") wijkt af van de afgesproken periodiciteit van aansluiting "
                    + ae.aansluitnummer() + " (" + afgesproken.trim() + ")."));
        }
        return List.of();
    }
}
