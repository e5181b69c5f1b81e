package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

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
        // ook niet na een toegestane daling; absolute marge uit Marges. Het jaar staat in het signaal. Getoetst over de geleverde en de blijvende PVPs van de stand.
        for (ProductloonVerloop.Verloop v : ProductloonVerloop.bepaal(ctx)) {
            if (v.gestegen()) {
                out.add(v.bevinding(regel(), "stijgt"));
            }
        }
        return out;
    }
}
