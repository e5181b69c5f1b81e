package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import java.time.LocalDate;
import java.util.List;

/** BR178: datum aanvang IKV moet op of voor datum einde tijdvak AE liggen. */
@Component
public class Br178AanvangIkvOpOfVoorEindeTijdvak implements IkvRegel {

    @Override
    public String regel() {
        return "178";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        LocalDate eindeTijdvak = ctx.ae().datumEindeTijdvak();
        if (ikv.datumAanvang() != null && eindeTijdvak != null && ikv.datumAanvang().isAfter(eindeTijdvak)) {
            return List.of(Bevinding.van(regel(), "Datum aanvang inkomstenverhouding " + ikv.datumAanvang()
                    + " ligt na datum einde tijdvak " + eindeTijdvak
                    + " van de administratieve eenheid; lever de inkomstenverhouding aan nadat zij is ingegaan."));
        }
        return List.of();
    }
}
