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
 * BR102: het bruto uurloon uit de inkomstenperiode moet groter dan of gelijk zijn aan het minimum uurloon (Bouw;
 * sheet MinimumUurloon per CAO en leeftijd bij aanvang IKP). Alleen als verbijzondering ongelijk BBL en er minimaal
 * 1 PVV bij de inkomstenperiode is. A missing uurloon is BR340's concern.
 */
@Component
public class Br102MinimumUurloon implements IkvRegel {

    @Override
    public String regel() {
        return "102";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.brutoUurloon() == null || ikp.datumAanvang() == null || IkpHulp.isVerbijzondering(ikp, "BBL")
                    || ikp.pensioenVerzekeringVerhoudingen().isEmpty()) {
                continue;
            }
            Integer leeftijd = IkpHulp.leeftijd(ikv.natuurlijkPersoon(), ikp.datumAanvang());
            if (leeftijd == null) {
                continue;
            }
            Optional<BigDecimal> minimum = ParameterHulp.uurloon(ctx.parameters(),
                    ParameterSheets.MINIMUM_UURLOON.name(), ctx.opdrachtgever(), ikp.codeCao(), leeftijd,
                    ikp.datumAanvang());
            if (minimum.isPresent() && ikp.brutoUurloon().compareTo(minimum.get()) < 0) {
                uit.add(Bevinding.van(regel(), "Bruto uurloon " + ikp.brutoUurloon().toPlainString()
                        + " is lager dan het minimum uurloon " + minimum.get().toPlainString() + " bij leeftijd "
                        + leeftijd + (IkpHulp.leeg(ikp.codeCao()) ? "" : " en CAO " + ikp.codeCao().trim()) + ".")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
