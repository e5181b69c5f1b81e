package nl.lpg.rules.premie;

import nl.lpg.parameters.ParameterRow;
import nl.lpg.premium.Rekenen;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR248 "Premie hoeft niet aangeleverd te worden": when the premie need not be delivered for the product
 * (berekeningsbasis GRONDSLAG or GEEN) but is delivered with a value greater than 0, that is signalled.
 */
@Component
public class Br248PremieHoeftNietAangeleverd implements IkvRegel {

    @Override
    public String regel() {
        return "248";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        for (PvpGeval g : PvpGeval.alle(ctx)) {
            Optional<ParameterRow> pv = ctx.parameters().productvariant(ctx.opdrachtgever(), g.productkeuze(),
                    g.pvv().productvariant(), g.pvp().datumAanvang());
            String basis = pv.map(r -> r.text("berekeningsbasis")).orElse("");
            if (("GRONDSLAG".equals(basis) || "GEEN".equals(basis)) && g.pvp().premie() != null
                    && g.pvp().premie().signum() > 0) {
                out.add(g.bevinding(regel(), "Voor " + g.product() + " (PVP vanaf " + g.pvp().datumAanvang()
                        + ") hoeft geen premie te worden aangeleverd, maar er is een premie van "
                        + Rekenen.tekst(g.pvp().premie()) + " aangeleverd."));
            }
        }
        return out;
    }
}
