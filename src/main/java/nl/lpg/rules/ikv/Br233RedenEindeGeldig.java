package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * BR233: reden einde inkomstenverhouding moet, indien gevuld, een geldige waarde bevatten (sheet
 * RedenEindeInkomstenverhouding, op datum einde IKV, anders op einde tijdvak AE).
 */
@Component
public class Br233RedenEindeGeldig implements IkvRegel {

    @Override
    public String regel() {
        return "233";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        String reden = ikv.redenEinde();
        if (reden == null || reden.isBlank()) {
            return List.of();
        }
        LocalDate peil = ikv.datumEinde() != null ? ikv.datumEinde() : ctx.ae().datumEindeTijdvak();
        boolean geldig = ctx.parameters().table(ParameterSheets.IkvIkp.REDEN_EINDE_INKOMSTENVERHOUDING.name())
                .find(peil, reden.trim()).isPresent();
        if (!geldig) {
            return List.of(Bevinding.van(regel(), "Reden einde inkomstenverhouding \"" + reden.trim()
                    + "\" is geen geldige waarde op " + peil + "."));
        }
        return List.of();
    }
}
