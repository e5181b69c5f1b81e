package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR29: Datum einde tijdvak moet liggen op of na datum aanvang tijdvak. */
@Component
public class Br29EindeTijdvakNaAanvang implements AeRegel {

    @Override
    public String regel() {
        return "29";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        if (ae.datumEindeTijdvak().isBefore(ae.datumAanvangTijdvak())) {
            return List.of(Bevinding.van(regel(), "Datum einde tijdvak " + ae.datumEindeTijdvak()
                    + " ligt voor datum aanvang tijdvak " + ae.datumAanvangTijdvak() + "."));
        }
        return List.of();
    }
}
