package nl.lpg.rules.collectief;

import nl.lpg.rules.AeAfsluitingContext;
import nl.lpg.rules.AeAfsluitingRegel;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.pvv.Producten;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * BR180 Alle productkeuzes/productvarianten moeten voorkomen in de collectieve aangifte: every product of the PVPs
 * under the AE must have a collectieve aangifte of the AE. A PVV rule in the spec, checked when the AE is closed
 * because an IKV rule does not see the AE's collectieve aangiften.
 */
@Component
public class Br180ProductkeuzesInCollectieveAangifte implements AeAfsluitingRegel {

    @Override
    public String regel() {
        return "180";
    }

    @Override
    public List<Bevinding> toets(AeAfsluitingContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        ctx.sommen().values().stream()
                .sorted(Comparator.comparing((AeAfsluitingContext.ProductSom s) -> Aangiften.sleutel(s.productkeuze(), s.productvariant())))
                .filter(s -> ctx.ae().collectieveAangiften().stream().noneMatch(a -> Producten.zelfdeProduct(
                        a.productkeuze(), a.productvariant(), s.productkeuze(), s.productvariant())))
                .forEach(s -> out.add(Bevinding.van(regel(), "Product " + Producten.naam(s.productkeuze(), s.productvariant())
                        + " komt voor in " + s.aantalPvp() + " pensioen/verzekeringperiode(n) maar niet in de collectieve aangifte van aansluiting "
                        + ctx.ae().ae().aansluitnummer() + ".").metProduct(s.productkeuze(), s.productvariant())));
        return out;
    }
}
