package nl.lpg.rules.ikpi;

import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * BR96: er wordt een te groot percentage van inkomstenperiodes ingetrokken voor een administratieve eenheid. Het
 * aantal inkomstenverhoudingen is het aantal actuele inkomstenverhoudingen van de aansluiting in de stand (datum
 * einde leeg of op/na datum aanvang tijdvak); the intrekkingen as a percentage of it may not exceed
 * Intrekkingsgrenzen.maximumPercentageIntrekkingen. Without actuele IKVs there is no percentage (BR94 still counts).
 */
@Component
public class Br96TeGrootPercentageIntrekkingen implements AeRegel {

    @Override
    public String regel() {
        return "96";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        BigDecimal max = ctx.parameters().table(ParameterSheets.Stand.INTREKKINGSGRENZEN.name())
                .find(ae.datumAanvangTijdvak(), ae.opdrachtgever()).map(r -> r.decimal("maximumPercentageIntrekkingen"))
                .orElse(null);
        int ikvs = ctx.stand().aantalActueleIkvs();
        int aantal = ctx.ae().intrekkingen().size();
        if (max == null || ikvs == 0 || aantal == 0) {
            return List.of();
        }
        BigDecimal procent = BigDecimal.valueOf(aantal * 100L).divide(BigDecimal.valueOf(ikvs), 2, RoundingMode.HALF_UP);
        if (procent.compareTo(max) <= 0) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "De administratieve eenheid trekt " + aantal + " inkomstenperioden in bij "
                + ikvs + " actuele inkomstenverhoudingen (" + procent.toPlainString() + "%); het maximum is "
                + max.toPlainString() + "%."));
    }
}
