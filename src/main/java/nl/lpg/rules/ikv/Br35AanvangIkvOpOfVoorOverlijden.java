package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import java.time.LocalDate;
import java.util.List;

/** BR35: aanvang inkomstenverhouding moet op of voor overlijdensdatum deelnemer liggen. */
@Component
public class Br35AanvangIkvOpOfVoorOverlijden implements IkvRegel {

    @Override
    public String regel() {
        return "35";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        LocalDate overlijden = ikv.natuurlijkPersoon() == null ? null : ikv.natuurlijkPersoon().overlijdensdatum();
        if (overlijden != null && ikv.datumAanvang() != null && ikv.datumAanvang().isAfter(overlijden)) {
            return List.of(Bevinding.van(regel(), "Datum aanvang inkomstenverhouding " + ikv.datumAanvang()
                    + " ligt na de overlijdensdatum van de deelnemer " + overlijden + "."));
        }
        return List.of();
    }
}
