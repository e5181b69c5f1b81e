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
 * BR243 "Premiegrondslag moet aangeleverd worden": for products whose berekeningsbasis (Productvarianten) is GRONDSLAG
 * or BEIDE (ABP OP/NP, AAOP) the premiegrondslag is required, because APG applies it for the premieaangifte.
 */
@Component
public class Br243PremiegrondslagMoetAangeleverd implements IkvRegel {

    @Override
    public String regel() {
        return "243";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        for (PvpGeval g : PvpGeval.alle(ctx)) {
            Optional<ParameterRow> pv = ctx.parameters().productvariant(ctx.opdrachtgever(), g.productkeuze(),
                    g.pvv().productvariant(), g.pvp().datumAanvang());
            String basis = pv.map(r -> r.text("berekeningsbasis")).orElse("");
            if (("GRONDSLAG".equals(basis) || "BEIDE".equals(basis)) && g.pvp().premiegrondslag() == null) {
                out.add(g.bevinding(regel(), "Voor " + g.product() + " (PVP vanaf " + g.pvp().datumAanvang()
                        + ") moet de premiegrondslag worden aangeleverd; die ontbreekt."));
            }
        }
        return out;
    }
}
