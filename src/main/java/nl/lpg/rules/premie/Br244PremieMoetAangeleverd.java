package nl.lpg.rules.premie;

import nl.lpg.parameters.ParameterRow;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR244 "Premie moet aangeleverd worden": for products whose berekeningsbasis (Productvarianten) is PREMIE or BEIDE
 * (ABP FPU, OP/NP I, PPP, PPP I, VPL) the premie is required, because APG applies it for the premieaangifte.
 */
@Component
public class Br244PremieMoetAangeleverd implements IkvRegel {

    @Override
    public String regel() {
        return "244";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        for (PvpGeval g : PvpGeval.alle(ctx)) {
            Optional<ParameterRow> pv = ctx.parameters().productvariant(ctx.opdrachtgever(), g.productkeuze(),
                    g.pvv().productvariant(), g.pvp().datumAanvang());
            String basis = pv.map(r -> r.text("berekeningsbasis")).orElse("");
            if (("PREMIE".equals(basis) || "BEIDE".equals(basis)) && g.pvp().premie() == null) {
                out.add(g.bevinding(regel(), "Voor " + g.product() + " (PVP vanaf " + g.pvp().datumAanvang()
                        + ") moet de premie worden aangeleverd; die ontbreekt."));
            }
        }
        return out;
    }
}
