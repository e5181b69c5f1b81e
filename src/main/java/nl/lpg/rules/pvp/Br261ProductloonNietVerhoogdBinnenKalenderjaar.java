package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR261 Productloon van een product bij een IKV mag niet verhoogd worden binnen een kalenderjaar (PFAB). */
@Component
public class Br261ProductloonNietVerhoogdBinnenKalenderjaar implements IkvRegel {

    @Override
    public String regel() {
        return "261";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR261 (PFAB): het productloon van een product (productvariant) mag binnen een IKV en kalenderjaar niet stijgen,
        // ook niet na een toegestane daling; absolute marge uit Marges. Het jaar staat in het signaal. Getoetst over de PVPs in de levering.
        for (ProductloonVerloop.Verloop v : ProductloonVerloop.bepaal(Producten.pvps(ctx.ikv()), ctx.parameters(), ctx.opdrachtgever())) {
            if (v.gestegen()) {
                out.add(v.naar().bevinding(regel(), "Het productloon van " + v.naar().product() + " stijgt in " + v.jaar() + " van "
                        + v.van().pvp().productloon().toPlainString() + " (vanaf " + v.van().pvp().datumAanvang() + ") naar "
                        + v.naar().pvp().productloon().toPlainString() + " (vanaf " + v.naar().pvp().datumAanvang() + ").").metJaar(v.jaar()));
            }
        }
        return out;
    }
}
