package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringAfsluitingContext;
import nl.lpg.rules.LeveringAfsluitingRegel;
import nl.lpg.rules.pvv.Producten;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** BR354 Collectieve aangifte levering moet uniek zijn binnen levering (productkeuze + productvariant, ook een lege variant). */
@Component
public class Br354CollectieveAangifteLeveringUniek implements LeveringAfsluitingRegel {

    @Override
    public String regel() {
        return "354";
    }

    @Override
    public List<Bevinding> toets(LeveringAfsluitingContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        Set<String> gemeld = new HashSet<>();
        for (CollectieveAangifte a : ctx.collectieveAangiften()) {
            String k = Aangiften.sleutel(a);
            if (!gezien.add(k) && gemeld.add(k)) {
                out.add(Bevinding.van(regel(), "De collectieve aangifte levering voor "
                        + Producten.naam(a.productkeuze(), a.productvariant()) + " komt meer dan één keer voor.")
                        .metProduct(a.productkeuze(), a.productvariant()));
            }
        }
        return out;
    }
}
