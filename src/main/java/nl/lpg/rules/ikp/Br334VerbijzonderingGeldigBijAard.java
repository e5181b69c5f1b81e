package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.parameters.ParameterSheets;

import java.util.ArrayList;
import java.util.List;

/**
 * BR334: de aard inkomstenverhouding uit de IKV en de verbijzondering uit de inkomstenperiode moeten een geldige
 * combinatie vormen (sheet Verbijzonderingen per opdrachtgever, aard en verbijzondering, geldig op datum aanvang
 * IKP). The validity dates of BR80-BR84 live in the ingang/einde of those rows.
 */
@Component
public class Br334VerbijzonderingGeldigBijAard implements IkvRegel {

    @Override
    public String regel() {
        return "334";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        String aard = ikv.aard() == null ? "" : ikv.aard().trim();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.datumAanvang() == null) {
                continue;
            }
            String v = ikp.verbijzondering() == null ? "" : ikp.verbijzondering().trim();
            if (ctx.parameters().table(ParameterSheets.VERBIJZONDERINGEN.name())
                    .find(ikp.datumAanvang(), ctx.opdrachtgever(), aard, v).isEmpty()) {
                uit.add(Bevinding.van(regel(), "Verbijzondering \"" + v + "\" is op " + ikp.datumAanvang()
                        + " geen geldige verbijzondering bij aard inkomstenverhouding \"" + aard + "\".")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
