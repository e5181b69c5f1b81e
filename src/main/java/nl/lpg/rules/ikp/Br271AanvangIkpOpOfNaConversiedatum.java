package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR271: datum aanvang inkomstenperiode moet op of na de conversiedatum van de opdrachtgever liggen. The conversiedatum
 * is read as valid on datum einde tijdvak AE: an Opdrachtgevers row may itself start on the conversiedatum.
 */
@Component
public class Br271AanvangIkpOpOfNaConversiedatum implements IkvRegel {

    @Override
    public String regel() {
        return "271";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Optional<LocalDate> conversie = ctx.parameters().conversiedatum(ctx.opdrachtgever(),
                ctx.ae().datumEindeTijdvak());
        List<Bevinding> uit = new ArrayList<>();
        if (conversie.isEmpty()) {
            return uit;
        }
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.datumAanvang() == null) {
                continue;
            }
            if (ikp.datumAanvang().isBefore(conversie.get())) {
                uit.add(Bevinding.van(regel(), "Datum aanvang inkomstenperiode " + ikp.datumAanvang()
                        + " ligt voor de conversiedatum " + conversie.get() + " van " + ctx.opdrachtgever() + ".")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
