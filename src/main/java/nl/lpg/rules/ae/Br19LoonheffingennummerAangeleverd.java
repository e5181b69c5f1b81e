package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR19: Het loonheffingennummer moet aangeleverd worden als het bij de inschrijving gemeld is. Zelfstandigen zonder loonheffingennummer staan zonder nummer ingeschreven en vallen er dus buiten. */
@Component
public class Br19LoonheffingennummerAangeleverd implements AeRegel {

    @Override
    public String regel() {
        return "19";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        var inschrijving = ctx.organisatie().aansluiting(ae.aansluitnummer(), ae.datumAanvangTijdvak());
        if (ae.loonheffingennummer() == null && inschrijving.map(r -> r.text("loonheffingennummer")).isPresent()) {
            return List.of(Bevinding.van(regel(), "Het loonheffingennummer ontbreekt, terwijl het bij de inschrijving van aansluiting "
                    + ae.aansluitnummer() + " is gemeld."));
        }
        return List.of();
    }
}
