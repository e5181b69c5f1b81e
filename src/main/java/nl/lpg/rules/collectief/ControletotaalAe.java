package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.AeAfsluitingContext;
import nl.lpg.rules.AeAfsluitingRegel;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.pvv.Producten;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * BR133, BR134, BR135, BR382: the total in the collectieve aangifte of the AE per productkeuze/productvariant must
 * equal the total over the PVPs of the same product under the AE. A product without PVPs counts 0; an empty amount
 * in the aangifte counts 0.
 */
abstract class ControletotaalAe implements AeAfsluitingRegel {

    protected abstract String wat();

    protected abstract BigDecimal aangifte(CollectieveAangifte a);

    protected abstract BigDecimal som(AeAfsluitingContext.ProductSom s);

    @Override
    public List<Bevinding> toets(AeAfsluitingContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        var ae = ctx.ae().ae();
        for (CollectieveAangifte a : ctx.ae().collectieveAangiften()) {
            BigDecimal opgegeven = Aangiften.nul(aangifte(a));
            BigDecimal berekend = Aangiften.som(ctx.sommen(), a.productkeuze(), a.productvariant())
                    .map(s -> Aangiften.nul(som(s))).orElse(BigDecimal.ZERO);
            if (!Aangiften.gelijk(ctx.parameters(), regel(), ae.opdrachtgever(), a.productkeuze(),
                    ae.datumAanvangTijdvak(), opgegeven, berekend)) {
                out.add(Bevinding.van(regel(), "Controletotaal " + wat() + " voor "
                        + Producten.naam(a.productkeuze(), a.productvariant()) + " in de collectieve aangifte van aansluiting "
                        + ae.aansluitnummer() + " (" + opgegeven.toPlainString() + ") wijkt af van het totaal over de "
                        + "pensioen/verzekeringperioden (" + berekend.toPlainString() + ").")
                        .metProduct(a.productkeuze(), a.productvariant()));
            }
        }
        return out;
    }
}
