package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR352 PVV moet uniek zijn binnen inkomstenperiode. */
@Component
public class Br352PvvUniekBinnenInkomstenperiode implements IkvRegel {

    @Override
    public String regel() {
        return "352";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR352: in een inkomstenperiode mag een PVV (productkeuze + productvariant, ook een lege variant) maar één keer voorkomen.
        for (var ikp : ctx.ikv().inkomstenperioden()) {
            Set<String> gezien = new HashSet<>();
            Set<String> gemeld = new HashSet<>();
            for (var pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                String sleutel = (pvv.productkeuze() == null ? "" : pvv.productkeuze().trim().toUpperCase()) + "|"
                        + Producten.variant(pvv.productvariant()).toUpperCase();
                if (!gezien.add(sleutel) && gemeld.add(sleutel)) {
                    out.add(new Producten.PvvInIkp(ikp, pvv).bevinding(regel(), "Product " + Producten.naam(pvv)
                            + " komt meer dan één keer voor in de inkomstenperiode van " + ikp.datumAanvang() + "."));
                }
            }
        }
        return out;
    }
}
