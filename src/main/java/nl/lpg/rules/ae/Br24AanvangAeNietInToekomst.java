package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR24: Datum aanvang AE mag niet in de toekomst liggen (niet na de systeemdatum). */
@Component
public class Br24AanvangAeNietInToekomst implements AeRegel {

    @Override
    public String regel() {
        return "24";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        if (ae.datumAanvangTijdvak().isAfter(ctx.peildatum())) {
            return List.of(Bevinding.van(regel(), "Datum aanvang tijdvak " + ae.datumAanvangTijdvak()
                    + " ligt na de systeemdatum " + ctx.peildatum() + "."));
        }
        return List.of();
    }
}
