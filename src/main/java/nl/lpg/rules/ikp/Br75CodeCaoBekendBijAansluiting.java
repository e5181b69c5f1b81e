package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.parameters.ParameterRow;

import java.util.ArrayList;
import java.util.List;

/**
 * BR75: de code CAO uit de IKP moet overeenkomen met de CAO's die bij de aansluiting in de organisatie-administratie
 * zijn vastgelegd (Bouw; AansluitingCao, geldig op datum aanvang IKP). An empty code CAO is BR193's concern.
 */
@Component
public class Br75CodeCaoBekendBijAansluiting implements IkvRegel {

    @Override
    public String regel() {
        return "75";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        if (ctx.organisatie() == null) {
            return List.of();
        }
        List<ParameterRow> caos = ctx.organisatie().caos(ctx.ae().aansluitnummer());
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (IkpHulp.leeg(ikp.codeCao()) || ikp.datumAanvang() == null) {
                continue;
            }
            boolean bekend = caos.stream().anyMatch(r -> ikp.codeCao().trim().equalsIgnoreCase(r.text("codeCao"))
                    && r.geldigOp(ikp.datumAanvang()));
            if (!bekend) {
                uit.add(Bevinding.van(regel(), "Code CAO " + ikp.codeCao().trim() + " is op " + ikp.datumAanvang()
                        + " niet vastgelegd bij aansluiting " + ctx.ae().aansluitnummer() + ".")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
