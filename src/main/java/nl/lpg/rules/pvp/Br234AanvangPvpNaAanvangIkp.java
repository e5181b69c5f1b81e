package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR234 Datum aanvang PVP moet op of na datum aanvang IKP vallen (structuurcontrole). */
@Component
public class Br234AanvangPvpNaAanvangIkp implements IkvRegel {

    @Override
    public String regel() {
        return "234";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR234: datum aanvang PVP moet groter of gelijk zijn aan datum aanvang IKP.
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var ikpAanvang = p.ikp().datumAanvang();
            var aanvang = p.pvp().datumAanvang();
            if (ikpAanvang != null && aanvang != null && aanvang.isBefore(ikpAanvang)) {
                out.add(p.bevinding(regel(), "Datum aanvang pensioen/verzekeringperiode van " + p.product() + " ("
                        + aanvang + ") ligt voor datum aanvang inkomstenperiode (" + ikpAanvang + ")."));
            }
        }
        return out;
    }
}
