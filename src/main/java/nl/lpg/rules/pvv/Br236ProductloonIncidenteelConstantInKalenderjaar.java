package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR236 Productloon incidenteel van PVV moet constant zijn in kalenderjaar (levering-deel). */
@Component
public class Br236ProductloonIncidenteelConstantInKalenderjaar implements IkvRegel {

    @Override
    public String regel() {
        return "236";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR236 (ABP): productloon incidenteel van alle PVPs van de IKV in hetzelfde kalenderjaar (over alle producten heen)
        // moet gelijk zijn; het jaar staat in het signaal. Getoetst over de PVPs in de levering (de stand is hier niet zichtbaar).
        out.addAll(ConstantInKalenderjaar.toets(regel(), "productloon incidenteel", Producten.pvps(ctx.ikv()),
                p -> p.pvp().productloonIncidenteel()));
        return out;
    }
}
