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
 * BR55: een inkomstenverhouding kan pas aanvangen als de deelnemer even oud is als danwel ouder is dan de minimum
 * leeftijd toegestane arbeid (sheet MinimumLeeftijdArbeid, per opdrachtgever, op datum aanvang IKV).
 */
@Component
public class Br55AanvangIkvNaMinimumLeeftijdArbeid implements IkvRegel {

    @Override
    public String regel() {
        return "55";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        if (ikv.datumAanvang() == null || ikv.natuurlijkPersoon() == null
                || ikv.natuurlijkPersoon().geboortedatum() == null) {
            return List.of();
        }
        Integer minimum = ctx.parameters().table(ParameterSheets.IkvIkp.MINIMUM_LEEFTIJD_ARBEID.name())
                .find(ikv.datumAanvang(), ctx.opdrachtgever()).map(r -> r.integer("leeftijd")).orElse(null);
        if (minimum == null) {
            return List.of();
        }
        LocalDate minimumDatum = ikv.natuurlijkPersoon().geboortedatum().plusYears(minimum);
        if (ikv.datumAanvang().isBefore(minimumDatum)) {
            return List.of(Bevinding.van(regel(), "Inkomstenverhouding vangt aan op " + ikv.datumAanvang()
                    + ", voordat de deelnemer de minimum leeftijd toegestane arbeid van " + minimum
                    + " jaar bereikt (" + minimumDatum + ")."));
        }
        return List.of();
    }
}
