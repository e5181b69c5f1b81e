package nl.lpg.rules.collectief;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringAfsluitingContext;
import nl.lpg.rules.LeveringAfsluitingRegel;
import nl.lpg.rules.pvv.Producten;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * BR181 Dezelfde productkeuzes/varianten moeten in de controletellingen zijn qua voorkomen: every product in a
 * collectieve aangifte of an AE must have a collectieve aangifte levering. Needs the levering's aangiften, so it runs
 * when the delivery is closed; the aansluitnummer is in the melding.
 */
@Component
public class Br181ProductkeuzesAeInCollectieveAangifteLevering implements LeveringAfsluitingRegel {

    @Override
    public String regel() {
        return "181";
    }

    @Override
    public List<Bevinding> toets(LeveringAfsluitingContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        for (AeInhoud ae : ctx.aes()) {
            for (CollectieveAangifte a : ae.collectieveAangiften()) {
                boolean aanwezig = ctx.collectieveAangiften().stream().anyMatch(l -> Producten.zelfdeProduct(
                        l.productkeuze(), l.productvariant(), a.productkeuze(), a.productvariant()));
                if (!aanwezig) {
                    out.add(Bevinding.van(regel(), "Product " + Producten.naam(a.productkeuze(), a.productvariant())
                            + " uit de collectieve aangifte van aansluiting " + ae.ae().aansluitnummer()
                            + " komt niet voor in de collectieve aangifte levering.")
                            .metProduct(a.productkeuze(), a.productvariant()));
                }
            }
        }
        return out;
    }
}
