package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.Loontijdvak;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * BR406: een einddatum inkomstenverhouding die zodanig verlaat wordt dat deze de jaargrens overschrijdt, waardoor
 * inkomstenperioden verwacht worden voor het voorgaand jaar: the stored datum einde lies in a year before the AE's and
 * the delivered one is later (or empty); the te controleren loontijdvakken of earlier years after the stored datum
 * einde without inkomstenperiode are named.
 */
@Component
public class Br406EinddatumVerlaatOverJaargrens implements IkvRegel {

    @Override
    public String regel() {
        return "406";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        var s = StandHulp.standIkv(ctx);
        LocalDate nieuw = ctx.ikv().datumEinde();
        if (s.isEmpty() || s.get().datumEinde() == null || (nieuw != null && !nieuw.isAfter(s.get().datumEinde()))
                || s.get().datumEinde().getYear() >= ctx.ae().datumAanvangTijdvak().getYear()) {
            return List.of();
        }
        LocalDate tot = StandHulp.eindeVorigJaar(ctx);
        List<Loontijdvak> ontbrekend = StandHulp.ontbrekend(ctx, s.get().datumEinde().plusDays(1),
                nieuw != null && nieuw.isBefore(tot) ? nieuw : tot);
        if (ontbrekend.isEmpty()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "De einddatum inkomstenverhouding is verlaat van " + s.get().datumEinde()
                + " naar " + (nieuw == null ? "geen einddatum" : nieuw) + " over de jaargrens: de inkomstenperioden"
                + " van de loontijdvakken vanaf " + StandHulp.lijst(ontbrekend) + " ontbreken.")
                .metIkp(ontbrekend.get(0).aanvang()));
    }
}
