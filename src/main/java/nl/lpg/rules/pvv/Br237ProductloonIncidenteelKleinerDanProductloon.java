package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR237 Productloon incidenteel van PVV moet kleiner zijn dan het productloon. */
@Component
public class Br237ProductloonIncidenteelKleinerDanProductloon implements IkvRegel {

    @Override
    public String regel() {
        return "237";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR237 (ABP Militairen, PPF APG): productloon incidenteel moet, indien ingevuld, kleiner zijn dan het productloon.
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var inc = p.pvp().productloonIncidenteel();
            var loon = p.pvp().productloon();
            if (inc != null && (loon == null || inc.compareTo(loon) >= 0)) {
                out.add(p.bevinding(regel(), "Productloon incidenteel (" + Producten.bedrag(inc)
                        + ") is niet kleiner dan het productloon (" + Producten.bedrag(loon) + ") in de periode vanaf "
                        + p.pvp().datumAanvang() + ".").metJaar(p.pvp().datumAanvang() == null
                        ? p.ikp().datumAanvang().getYear() : p.pvp().datumAanvang().getYear()));
            }
        }
        return out;
    }
}
