package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.pvv.Producten;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** BR355 Collectieve aangifte PV aansluiting moet uniek zijn binnen AE (productkeuze + productvariant, ook een lege variant). */
@Component
public class Br355CollectieveAangifteUniekBinnenAe implements AeRegel {

    @Override
    public String regel() {
        return "355";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        Set<String> gemeld = new HashSet<>();
        for (CollectieveAangifte a : ctx.ae().collectieveAangiften()) {
            String k = Aangiften.sleutel(a);
            if (!gezien.add(k) && gemeld.add(k)) {
                out.add(Bevinding.van(regel(), "De collectieve aangifte voor " + Producten.naam(a.productkeuze(), a.productvariant())
                        + " komt meer dan één keer voor in aansluiting " + ctx.ae().ae().aansluitnummer() + ".")
                        .metProduct(a.productkeuze(), a.productvariant()));
            }
        }
        return out;
    }
}
