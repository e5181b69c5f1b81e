package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import java.time.LocalDate;
import java.util.List;

/** BR41: datum einde IKV moet op of voor datum einde tijdvak AE liggen. */
@Component
public class Br41EindeIkvOpOfVoorEindeTijdvak implements IkvRegel {

    @Override
    public String regel() {
        return "41";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        LocalDate eindeTijdvak = ctx.ae().datumEindeTijdvak();
        // Alleen als datum einde IKV gevuld is.
        if (ikv.datumEinde() != null && eindeTijdvak != null && ikv.datumEinde().isAfter(eindeTijdvak)) {
            return List.of(Bevinding.van(regel(), "Datum einde inkomstenverhouding " + ikv.datumEinde()
                    + " ligt na datum einde tijdvak " + eindeTijdvak
                    + " van de administratieve eenheid; een toekomstige uitdiensttreding wordt niet geaccepteerd."));
        }
        return List.of();
    }
}
