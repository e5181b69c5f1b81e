package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR348 Aanvang pensioen/verzekeringperiode ligt buiten bereik IKP (structuurcontrole). */
@Component
public class Br348AanvangPvpBuitenBereikIkp implements IkvRegel {

    @Override
    public String regel() {
        return "348";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR348 (structuurcontrole): de PVP moet binnen het bereik van de IKP beginnen. Het bereik eindigt op datum
        // einde IKP, of bij een open IKP op datum einde tijdvak van de AE. De kant "voor aanvang IKP" is BR234.
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var einde = p.ikp().datumEinde() != null ? p.ikp().datumEinde() : ctx.ae().datumEindeTijdvak();
            var aanvang = p.pvp().datumAanvang();
            if (einde != null && aanvang != null && aanvang.isAfter(einde)) {
                out.add(p.bevinding(regel(), "Datum aanvang pensioen/verzekeringperiode van " + p.product() + " ("
                        + aanvang + ") ligt buiten de inkomstenperiode, die loopt tot " + einde + "."));
            }
        }
        return out;
    }
}
