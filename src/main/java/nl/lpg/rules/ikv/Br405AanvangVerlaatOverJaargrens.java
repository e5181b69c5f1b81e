package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR405: een ingangsdatum inkomstenverhouding die verlaat wordt voorbij de jaargrens, waardoor intrekkingen of
 * inkomstenperioden verwacht worden (see {@link VerlaatOverJaargrens}: neither BR418 nor BR419).
 * One signal per IKV naming the stored inkomstenperioden before the jaargrens that are not withdrawn.
 */
@Component
public class Br405AanvangVerlaatOverJaargrens implements IkvRegel {

    @Override
    public String regel() {
        return "405";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        return VerlaatOverJaargrens.bepaal(ctx).filter(v -> !v.intrekkingNaJaargrens() && !v.nieuwIsAanvangIkp())
                .map(v -> List.of(Bevinding.van(regel(), "De ingangsdatum inkomstenverhouding is verlaat van " + v.oud()
                        + " naar " + v.nieuw() + " over de jaargrens; de inkomstenperioden van " + v.ikps()
                        + " voor de jaargrens zijn niet ingetrokken.").metIkp(v.voorJaargrens().get(0).datumAanvang())))
                .orElse(List.of());
    }
}
