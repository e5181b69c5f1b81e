package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.Loontijdvak;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * BR404: een ingangsdatum inkomstenverhouding die vervroegd wordt voorbij de jaargrens, waardoor inkomstenperioden
 * verwacht worden voor het voorgaand jaar: the delivered datum aanvang lies in an earlier calendar year than the
 * stored one. One signal per te controleren loontijdvak of an earlier year, from the new datum aanvang, without
 * inkomstenperiode (kept in the signal administration for BR515).
 */
@Component
public class Br404AanvangVervroegdOverJaargrens implements IkvRegel {

    @Override
    public String regel() {
        return "404";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        var s = StandHulp.standIkv(ctx);
        if (s.isEmpty()) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        for (Loontijdvak lt : StandHulp.ontbrekendBijBegin(ctx)) {
            uit.add(Bevinding.van(regel(), "De ingangsdatum inkomstenverhouding is vervroegd van "
                    + s.get().datumAanvang() + " naar " + ctx.ikv().datumAanvang()
                    + " over de jaargrens: de inkomstenperiode van loontijdvak " + lt + " ontbreekt.")
                    .metIkp(lt.aanvang()));
        }
        return uit;
    }
}
