package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR314: Bij een AE moet minimaal 1 inkomstenverhouding of 1 inkomstenperiode intrekking aanwezig zijn. */
@Component
public class Br314MinimaalEenIkvOfIntrekking implements AeRegel {

    @Override
    public String regel() {
        return "314";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        if (ctx.ae().aantalIkv() == 0 && ctx.ae().intrekkingen().isEmpty()) {
            return List.of(Bevinding.van(regel(), "Administratieve eenheid " + ae.aansluitnummer() + " (" + ae.datumAanvangTijdvak()
                    + ") bevat geen inkomstenverhouding en geen intrekking."));
        }
        return List.of();
    }
}
