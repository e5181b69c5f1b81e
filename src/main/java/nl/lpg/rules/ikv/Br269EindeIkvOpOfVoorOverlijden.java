package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import java.time.LocalDate;
import java.util.List;

/** BR269: einde inkomstenverhouding moet liggen op of voor overlijdensdatum. */
@Component
public class Br269EindeIkvOpOfVoorOverlijden implements IkvRegel {

    @Override
    public String regel() {
        return "269";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        LocalDate overlijden = ikv.natuurlijkPersoon() == null ? null : ikv.natuurlijkPersoon().overlijdensdatum();
        // Voorwaarde: overlijdensdatum en einddatum IKV beide gevuld.
        if (overlijden != null && ikv.datumEinde() != null && ikv.datumEinde().isAfter(overlijden)) {
            return List.of(Bevinding.van(regel(), "Datum einde inkomstenverhouding " + ikv.datumEinde()
                    + " ligt na de overlijdensdatum van de deelnemer " + overlijden
                    + "; een werknemer kan niet na overlijden in dienst zijn."));
        }
        return List.of();
    }
}
