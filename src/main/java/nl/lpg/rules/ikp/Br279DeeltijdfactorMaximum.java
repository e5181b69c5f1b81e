package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.parameters.ParameterRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR279: de deeltijdfactor mag niet groter zijn dan de maximale deeltijdfactor van de opdrachtgever (Opdrachtgevers,
 * maxDeeltijdfactor, op datum aanvang IKP, else as valid
 * on datum einde tijdvak AE), indien die aanwezig is.
 */
@Component
public class Br279DeeltijdfactorMaximum implements IkvRegel {

    @Override
    public String regel() {
        return "279";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.deeltijdfactor() == null || ikp.datumAanvang() == null) {
                continue;
            }
            Optional<BigDecimal> max = ctx.parameters().opdrachtgever(ctx.opdrachtgever(), ikp.datumAanvang())
                    .or(() -> ctx.parameters().opdrachtgever(ctx.opdrachtgever(), ctx.ae().datumEindeTijdvak()))
                    .map((ParameterRow r) -> r.decimal("maxDeeltijdfactor"));
            if (max.isPresent() && ikp.deeltijdfactor().compareTo(max.get()) > 0) {
                uit.add(Bevinding.van(regel(), "De deeltijdfactor " + ikp.deeltijdfactor().toPlainString()
                        + " is groter dan de maximale deeltijdfactor " + max.get().toPlainString()
                        + " van " + ctx.opdrachtgever() + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
