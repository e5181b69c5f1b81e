package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;

import java.util.ArrayList;
import java.util.List;

/**
 * BR153: alleen geldige combinaties van CAO en verbijzondering mogen aangeleverd worden (Bouw; sheet
 * CaoPerVerbijzondering op datum aanvang IKP, e.g. BBL: CAO 01; ZKG: 01, 03, 04, 05, 06, 09, 36, 80, 91, 92). A
 * verbijzondering without rows allows every CAO; an empty code CAO is BR193's concern.
 */
@Component
public class Br153CombinatieCaoVerbijzondering implements IkvRegel {

    @Override
    public String regel() {
        return "153";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.datumAanvang() == null || IkpHulp.leeg(ikp.verbijzondering()) || IkpHulp.leeg(ikp.codeCao())) {
                continue;
            }
            List<ParameterRow> toegestaan = ParameterHulp.rijen(ctx.parameters(),
                    ParameterSheets.IkvIkp.CAO_PER_VERBIJZONDERING.name(), ikp.datumAanvang(),
                    "opdrachtgever", ctx.opdrachtgever(), "verbijzondering", ikp.verbijzondering());
            if (!toegestaan.isEmpty() && toegestaan.stream()
                    .noneMatch(r -> ikp.codeCao().trim().equalsIgnoreCase(r.text("codeCao")))) {
                uit.add(Bevinding.van(regel(), "CAO " + ikp.codeCao().trim()
                        + " is geen geldige combinatie met verbijzondering " + ikp.verbijzondering().trim() + ".")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
