package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.parameters.ParameterSheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR103: het bruto uurloon uit de inkomstenperiode mag niet groter zijn dan het maximum uurloon (Bouw; sheet
 * MaximumUurloon per CAO en leeftijdsklasse, op datum aanvang IKP). Alleen als verbijzondering ongelijk BBL; "er is
 * leveringsplicht conform CAO" is read as: the sheet has a maximum for this CAO (or *) and age.
 */
@Component
public class Br103MaximumUurloon implements IkvRegel {

    @Override
    public String regel() {
        return "103";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.brutoUurloon() == null || ikp.datumAanvang() == null || IkpHulp.isVerbijzondering(ikp, "BBL")) {
                continue;
            }
            Integer leeftijd = IkpHulp.leeftijd(ikv.natuurlijkPersoon(), ikp.datumAanvang());
            if (leeftijd == null) {
                continue;
            }
            Optional<BigDecimal> maximum = ParameterHulp.uurloon(ctx.parameters(),
                    ParameterSheets.IkvIkp.MAXIMUM_UURLOON.name(), ctx.opdrachtgever(), ikp.codeCao(), leeftijd,
                    ikp.datumAanvang());
            if (maximum.isPresent() && ikp.brutoUurloon().compareTo(maximum.get()) > 0) {
                uit.add(Bevinding.van(regel(), "Bruto uurloon " + ikp.brutoUurloon().toPlainString()
                        + " is hoger dan het maximum uurloon " + maximum.get().toPlainString() + " bij leeftijd "
                        + leeftijd + (IkpHulp.leeg(ikp.codeCao()) ? "" : " en CAO " + ikp.codeCao().trim()) + ".")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
