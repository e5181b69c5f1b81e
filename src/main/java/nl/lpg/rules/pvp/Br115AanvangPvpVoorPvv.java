package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR115 Aanvang pensioen/verzekeringperiode ligt voor PVV (structuurcontrole). */
@Component
public class Br115AanvangPvpVoorPvv implements IkvRegel {

    @Override
    public String regel() {
        return "115";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR115 (structuurcontrole): datum aanvang PVP mag niet voor datum aanvang PVV liggen (als die gevuld is).
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var pvvAanvang = p.pvv().datumAanvang();
            var aanvang = p.pvp().datumAanvang();
            if (pvvAanvang != null && aanvang != null && aanvang.isBefore(pvvAanvang)) {
                out.add(p.bevinding(regel(), "Datum aanvang pensioen/verzekeringperiode (" + aanvang
                        + ") ligt voor datum aanvang van product " + p.product() + " (" + pvvAanvang + ")."));
            }
        }
        return out;
    }
}
