package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR347 Aanvang pensioen/verzekeringperiode na einde PVV (structuurcontrole). */
@Component
public class Br347AanvangPvpNaEindePvv implements IkvRegel {

    @Override
    public String regel() {
        return "347";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR347 (structuurcontrole): datum aanvang PVP mag niet na datum einde PVV liggen (als die gevuld is).
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var pvvEinde = p.pvv().datumEinde();
            var aanvang = p.pvp().datumAanvang();
            if (pvvEinde != null && aanvang != null && aanvang.isAfter(pvvEinde)) {
                out.add(p.bevinding(regel(), "Datum aanvang pensioen/verzekeringperiode (" + aanvang
                        + ") ligt na datum einde van product " + p.product() + " (" + pvvEinde + ")."));
            }
        }
        return out;
    }
}
