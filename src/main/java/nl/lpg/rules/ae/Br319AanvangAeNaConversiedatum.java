package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR319: Datum aanvang AE moet op of na de conversiedatum van de opdrachtgever liggen. */
@Component
public class Br319AanvangAeNaConversiedatum implements AeRegel {

    @Override
    public String regel() {
        return "319";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        return ctx.parameters().conversiedatum(ae.opdrachtgever(), ae.datumAanvangTijdvak())
                .filter(cd -> ae.datumAanvangTijdvak().isBefore(cd))
                .map(cd -> List.of(Bevinding.van(regel(), "Datum aanvang tijdvak " + ae.datumAanvangTijdvak()
                        + " ligt voor de conversiedatum " + cd + " van " + ae.opdrachtgever() + ".")))
                .orElse(List.of());
    }
}
