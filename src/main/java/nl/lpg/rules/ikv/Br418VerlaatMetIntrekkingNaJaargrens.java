package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR418: verlaten ingangsdatum inkomstenverhouding in een levering met periode voorbij de jaargrens met
 * intrekking na de jaargrens, zonder intrekking voor de jaargrens: inkomstenperioden voor de jaargrens moeten worden
 * ingetrokken (see {@link VerlaatOverJaargrens}).
 * One signal per IKV naming the stored inkomstenperioden before the jaargrens that are not withdrawn.
 */
@Component
public class Br418VerlaatMetIntrekkingNaJaargrens implements IkvRegel {

    @Override
    public String regel() {
        return "418";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return VerlaatOverJaargrens.bepaal(ctx).filter(v -> v.intrekkingNaJaargrens())
                .map(v -> List.of(Bevinding.van(regel(), "De ingangsdatum inkomstenverhouding is verlaat van " + v.oud()
                        + " naar " + v.nieuw() + " over de jaargrens; de inkomstenperioden van " + v.ikps()
                        + " voor de jaargrens zijn niet ingetrokken.").metIkp(v.voorJaargrens().get(0).datumAanvang())))
                .orElse(List.of());
    }
}
