package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR262 Productloon van een product bij een IKV wordt verlaagd binnen een kalenderjaar (PFAB). */
@Component
public class Br262ProductloonVerlaagdBinnenKalenderjaar implements IkvRegel {

    @Override
    public String regel() {
        return "262";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR262 (PFAB): een verlaging van het productloon van een product binnen IKV en kalenderjaar wordt ter beoordeling
        // gesignaleerd; niet als BR261 voor hetzelfde product en jaar een stijging vond. Het jaar staat in het signaal.
        for (ProductloonVerloop.Verloop v : ProductloonVerloop.bepaal(ctx)) {
            if (!v.gestegen()) {
                out.add(v.bevinding(regel(), "daalt"));
            }
        }
        return out;
    }
}
