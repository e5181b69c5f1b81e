package nl.lpg.rules.collectief;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringAfsluitingContext;
import nl.lpg.rules.LeveringAfsluitingRegel;
import nl.lpg.rules.pvv.Producten;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BR130, BR131, BR132, BR358: per productkeuze/productvariant the sum over the collectieve aangiften of all AEs must
 * equal the collectieve aangifte levering of that product. Checked for every product in either; a missing side counts
 * 0 (a product of the AEs without a levering aangifte is also BR181). An Onverwerkbaar signal refuses the delivery.
 */
abstract class ControletotaalLevering implements LeveringAfsluitingRegel {

    protected abstract String wat();

    protected abstract BigDecimal bedrag(CollectieveAangifte a);

    @Override
    public List<Bevinding> toets(LeveringAfsluitingContext ctx) {
        Map<String, CollectieveAangifte> producten = new LinkedHashMap<>();
        Map<String, BigDecimal> somAe = new LinkedHashMap<>();
        for (AeInhoud ae : ctx.aes()) {
            for (CollectieveAangifte a : ae.collectieveAangiften()) {
                String k = Aangiften.sleutel(a);
                producten.putIfAbsent(k, a);
                somAe.merge(k, Aangiften.nul(bedrag(a)), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> levering = new LinkedHashMap<>();
        for (CollectieveAangifte a : ctx.collectieveAangiften()) {
            String k = Aangiften.sleutel(a);
            producten.putIfAbsent(k, a);
            levering.merge(k, Aangiften.nul(bedrag(a)), BigDecimal::add);
        }
        String opdrachtgever = ctx.aes().isEmpty() ? "*" : ctx.aes().get(0).ae().opdrachtgever();
        var datum = ctx.aes().isEmpty() ? ctx.peildatum() : ctx.aes().get(0).ae().datumAanvangTijdvak();
        List<Bevinding> out = new ArrayList<>();
        producten.forEach((k, a) -> {
            BigDecimal ae = somAe.getOrDefault(k, BigDecimal.ZERO);
            BigDecimal lev = levering.getOrDefault(k, BigDecimal.ZERO);
            if (!Aangiften.gelijk(ctx.parameters(), regel(), opdrachtgever, a.productkeuze(), datum, ae, lev)) {
                out.add(Bevinding.van(regel(), "Controletotaal " + wat() + " voor "
                        + Producten.naam(a.productkeuze(), a.productvariant()) + " in de collectieve aangifte levering ("
                        + lev.toPlainString() + ") wijkt af van de som van de collectieve aangiften van de aansluitingen ("
                        + ae.toPlainString() + ").").metProduct(a.productkeuze(), a.productvariant()));
            }
        });
        return out;
    }
}
