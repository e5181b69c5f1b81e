package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import java.time.LocalDate;
import java.util.List;

/** BR313: indien overlijdensdatum is ingevuld, dan moet ook einddatum IKV ingevuld zijn. */
@Component
public class Br313OverlijdenVraagtEindeIkv implements IkvRegel {

    @Override
    public String regel() {
        return "313";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        LocalDate overlijden = ikv.natuurlijkPersoon() == null ? null : ikv.natuurlijkPersoon().overlijdensdatum();
        // Signals a missing einde; an einde after overlijden is BR269. An earlier einde (left service before
        // death) is not refused here.
        if (overlijden != null && ikv.datumEinde() == null) {
            return List.of(Bevinding.van(regel(), "De overlijdensdatum van de deelnemer is gevuld (" + overlijden
                    + ") maar de datum einde inkomstenverhouding niet; beëindig de inkomstenverhouding per de"
                    + " overlijdensdatum."));
        }
        return List.of();
    }
}
