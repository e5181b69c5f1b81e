package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Rule without printed number: datum aanvang PVP moet kleiner of gelijk zijn aan datum einde IKP. */
@Component
public class BrPvpEindeIkpAanvangPvpUiterlijkEindeIkp implements IkvRegel {

    @Override
    public String regel() {
        return "PVP-EINDE-IKP";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // Datum aanvang PVP moet kleiner of gelijk zijn aan datum einde IKP, mits datum einde IKP gevuld is.
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var einde = p.ikp().datumEinde();
            var aanvang = p.pvp().datumAanvang();
            if (einde != null && aanvang != null && aanvang.isAfter(einde)) {
                out.add(p.bevinding(regel(), "Datum aanvang pensioen/verzekeringperiode van " + p.product() + " ("
                        + aanvang + ") ligt na datum einde inkomstenperiode (" + einde + ")."));
            }
        }
        return out;
    }
}
