package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR342 PVP ontbreekt bij PVV. */
@Component
public class Br342PvpOntbreektBijPvv implements IkvRegel {

    @Override
    public String regel() {
        return "342";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR342: per IKP moet elke geleverde PVV minstens 1 PVP hebben. De PVVs van een geleverde IKP staan alle in de
        // levering (een opnieuw geleverde IKP vervangt de stand), dus de levering is hier volledig.
        // Ontbrekende verplichte producten signaleren BR194, BR195 en BR196.
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            if (p.pvv().perioden().isEmpty()) {
                out.add(p.bevinding(regel(), "Bij product " + Producten.naam(p.pvv())
                        + " is geen pensioen/verzekeringperiode aangeleverd."));
            }
        }
        return out;
    }
}
