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
 * BR129: alleen geldige combinaties van beroep en verbijzondering mogen aangeleverd worden (Bouw, Schoonmaak; sheet
 * BeroepPerVerbijzondering op datum aanvang IKP). A verbijzondering without rows allows every beroep (WNE: "Alle,
 * geen controle nodig"); an empty code beroep is BR212's concern.
 */
@Component
public class Br129CombinatieBeroepVerbijzondering implements IkvRegel {

    @Override
    public String regel() {
        return "129";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.datumAanvang() == null || IkpHulp.leeg(ikp.verbijzondering()) || IkpHulp.leeg(ikp.codeBeroep())) {
                continue;
            }
            List<ParameterRow> toegestaan = ParameterHulp.rijen(ctx.parameters(),
                    ParameterSheets.IkvIkp.BEROEP_PER_VERBIJZONDERING.name(), ikp.datumAanvang(),
                    "opdrachtgever", ctx.opdrachtgever(), "verbijzondering", ikp.verbijzondering());
            if (!toegestaan.isEmpty() && toegestaan.stream()
                    .noneMatch(r -> ikp.codeBeroep().trim().equalsIgnoreCase(r.text("codeBeroep")))) {
                uit.add(Bevinding.van(regel(), "Beroep " + ikp.codeBeroep().trim()
                        + " is geen geldige combinatie met verbijzondering " + ikp.verbijzondering().trim() + ".")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
