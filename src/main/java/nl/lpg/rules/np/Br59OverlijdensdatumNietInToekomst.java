package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR59 Overlijdensdatum mag niet in de toekomst vallen. */
@Component
public class Br59OverlijdensdatumNietInToekomst implements IkvRegel {

    @Override
    public String regel() {
        return "59";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR59: de overlijdensdatum mag niet na de datum van aanmaak van de levering liggen.
        var overlijden = np.overlijdensdatum();
        var aanmaak = ctx.levering().aanmaak() == null ? null : ctx.levering().aanmaak().toLocalDate();
        if (overlijden == null || aanmaak == null || !overlijden.isAfter(aanmaak)) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Overlijdensdatum " + overlijden + " ligt na de aanmaak van de levering (" + aanmaak + ")."));
    }
}
