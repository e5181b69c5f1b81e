package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import nl.lpg.parameters.ParameterSheets;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR235 Productloon incidenteel alleen toegestaan voor doelgroep ABP Militairen (ABP). */
@Component
public class Br235ProductloonIncidenteelAlleenMilitairen implements IkvRegel {

    @Override
    public String regel() {
        return "235";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR235 (ABP): productloon incidenteel is alleen toegestaan voor de aansluiting(en) van ABP Militairen: de indeling
        // van de aansluiting (organisatieregister) heeft IndelingKenmerken.militairen = J.
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var inc = p.pvp().productloonIncidenteel();
            if (inc == null || inc.signum() == 0) {
                continue;
            }
            var datum = p.pvp().datumAanvang() != null ? p.pvp().datumAanvang() : p.ikp().datumAanvang();
            String indeling = ctx.organisatie() == null ? null : ctx.organisatie().aansluiting(ctx.ae().aansluitnummer(), datum)
                    .map(r -> r.text("indeling")).orElse(null);
            boolean militairen = indeling != null && ctx.parameters().table(ParameterSheets.PvvPvpNp.INDELING_KENMERKEN.name())
                    .find(datum, ctx.opdrachtgever(), indeling).map(r -> r.jn("militairen")).orElse(false);
            if (!militairen) {
                out.add(p.bevinding(regel(), "Productloon incidenteel (" + inc.toPlainString() + ") is aangeleverd voor "
                        + p.product() + ", maar is alleen toegestaan voor ABP Militairen; aansluiting " + ctx.ae().aansluitnummer()
                        + " heeft indeling " + (indeling == null ? "(onbekend)" : indeling) + "."));
            }
        }
        return out;
    }
}
