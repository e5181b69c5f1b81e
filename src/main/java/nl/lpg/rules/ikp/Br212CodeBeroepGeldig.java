package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.parameters.ParameterSheets;

import java.util.ArrayList;
import java.util.List;

/**
 * BR212: de code beroep uit de inkomstenperiode moet geldig zijn (Bouw, Schoonmaak; sheet Beroepen op datum aanvang
 * IKP). Code beroep moet altijd aangeleverd worden.
 */
@Component
public class Br212CodeBeroepGeldig implements IkvRegel {

    @Override
    public String regel() {
        return "212";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.datumAanvang() == null) {
                continue;
            }
            if (IkpHulp.leeg(ikp.codeBeroep())) {
                uit.add(Bevinding.van(regel(), "Code beroep is niet gevuld; deze moet altijd worden aangeleverd.")
                        .metIkp(ikp.datumAanvang()));
            } else if (ctx.parameters().table(ParameterSheets.PvvPvpNp.BEROEPEN.name())
                    .find(ikp.datumAanvang(), ctx.opdrachtgever(), ikp.codeBeroep().trim()).isEmpty()) {
                uit.add(Bevinding.van(regel(), "Code beroep " + ikp.codeBeroep().trim() + " is op "
                        + ikp.datumAanvang() + " geen geldig beroep bij " + ctx.opdrachtgever() + ".")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
