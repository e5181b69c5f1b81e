package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR114 Einde product ligt na einde inkomstenverhouding (structuurcontrole). */
@Component
public class Br114EindeProductNaEindeIkv implements IkvRegel {

    @Override
    public String regel() {
        return "114";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR114 (structuurcontrole): een product (PVV) mag niet eindigen na het einde van de inkomstenverhouding.
        var ikvEinde = ctx.ikv().datumEinde();
        if (ikvEinde == null) {
            return out;
        }
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            var einde = p.pvv().datumEinde();
            if (einde != null && einde.isAfter(ikvEinde)) {
                out.add(p.bevinding(regel(), "Datum einde van product " + Producten.naam(p.pvv()) + " (" + einde
                        + ") ligt na datum einde inkomstenverhouding (" + ikvEinde + ")."));
            }
        }
        return out;
    }
}
