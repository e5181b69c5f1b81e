package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.Loontijdvak;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * BR409: een nieuwe inkomstenverhouding met een ingangsdatum die de jaargrens overschrijdt, waardoor
 * inkomstenperioden verwacht worden voor het voorgaand jaar. New: the stand holds neither the IKV nor IKPs of it. One
 * signal per te controleren loontijdvak of an earlier year without inkomstenperiode; the signal administration keeps
 * the loontijdvak (datum aanvang) for BR515 and BR517 in later runs.
 */
@Component
public class Br409NieuweIkvOverJaargrens implements IkvRegel {

    @Override
    public String regel() {
        return "409";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        if (StandHulp.standIkv(ctx).isPresent() || !IkvHulp.isNieuw(ctx)) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        for (Loontijdvak lt : StandHulp.ontbrekendBijBegin(ctx)) {
            uit.add(Bevinding.van(regel(), "Nieuwe inkomstenverhouding per " + ctx.ikv().datumAanvang()
                    + " over de jaargrens: de inkomstenperiode van loontijdvak " + lt + " ontbreekt.")
                    .metIkp(lt.aanvang()));
        }
        return uit;
    }
}
