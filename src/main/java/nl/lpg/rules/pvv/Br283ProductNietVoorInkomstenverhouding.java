package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR283 Product mag niet ingaan voor inkomstenverhouding (structuurcontrole). */
@Component
public class Br283ProductNietVoorInkomstenverhouding implements IkvRegel {

    @Override
    public String regel() {
        return "283";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR283 (structuurcontrole): een product (PVV) mag niet ingaan voor de inkomstenverhouding.
        var ikvAanvang = ctx.ikv().datumAanvang();
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            var aanvang = p.pvv().datumAanvang();
            if (ikvAanvang != null && aanvang != null && aanvang.isBefore(ikvAanvang)) {
                out.add(p.bevinding(regel(), "Datum aanvang van product " + Producten.naam(p.pvv()) + " (" + aanvang
                        + ") ligt voor datum aanvang inkomstenverhouding (" + ikvAanvang + ")."));
            }
        }
        return out;
    }
}
