package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.Loontijdvak;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * BR415: voor een IKV in de levering wordt geconstateerd dat hiervoor IKPs ontbreken voorbij de jaargrens. For a stored
 * IKV whose dates did not move over the jaargrens (those cases are BR404 and BR406): the te controleren loontijdvakken
 * of earlier years within the IKV without inkomstenperiode, in the stand or in the delivery.
 */
@Component
public class Br415IkpOntbreektVoorbijJaargrens implements IkvRegel {

    @Override
    public String regel() {
        return "415";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Optional<StandView.StandIkv> s = StandHulp.standIkv(ctx);
        LocalDate aanvang = ctx.ikv().datumAanvang();
        if (s.isEmpty() || aanvang == null || s.get().datumAanvang() == null
                || aanvang.isBefore(s.get().datumAanvang())) {
            return List.of(); // new, or datum aanvang vervroegd (BR404)
        }
        LocalDate oudEinde = s.get().datumEinde();
        LocalDate einde = ctx.ikv().datumEinde();
        if (oudEinde != null && (einde == null || einde.isAfter(oudEinde))) {
            return List.of(); // datum einde verlaat (BR406)
        }
        LocalDate tot = StandHulp.eindeVorigJaar(ctx);
        List<Loontijdvak> ontbrekend = StandHulp.ontbrekend(ctx, aanvang, einde != null && einde.isBefore(tot) ? einde : tot);
        if (ontbrekend.isEmpty()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Voor de inkomstenverhouding ontbreken inkomstenperioden voorbij de"
                + " jaargrens, in de loontijdvakken vanaf " + StandHulp.lijst(ontbrekend) + ".")
                .metIkp(ontbrekend.get(0).aanvang()));
    }
}
