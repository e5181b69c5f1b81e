package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * BR364 (structuurcontrole): als datum einde inkomstenperiode gevuld is, moeten datum begin en datum einde binnen
 * hetzelfde loontijdvak vallen (loontijdvakken from the periodiciteit of the AE).
 */
@Component
public class Br364IkpBinnenLoontijdvak implements IkvRegel {

    @Override
    public String regel() {
        return "364";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        if (ctx.ae().periodiciteit() == null) {
            return uit;
        }
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.datumAanvang() == null || ikp.datumEinde() == null) {
                continue;
            }
            Loontijdvak ltv = Loontijdvak.van(ctx.ae().periodiciteit(), ikp.datumAanvang());
            if (!ltv.bevat(ikp.datumEinde())) {
                uit.add(Bevinding.van(regel(), "Structuurfout: datum einde inkomstenperiode " + ikp.datumEinde()
                        + " ligt niet in hetzelfde loontijdvak (" + ltv + ") als datum aanvang "
                        + ikp.datumAanvang() + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
