package nl.lpg.rules.pvv;

import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import java.util.ArrayList;
import java.util.List;

/**
 * BR293 and BR216 (Bouw): het beroep (Beroepen.indicatieUta van code beroep van de IKP) en de productkeuze/variant
 * (ProductvariantKenmerken.indicatieUta) moeten beide al dan niet betrekking hebben op UTA-personeel. Same check, two
 * aarden: BR293 for the CAO marked CaoKenmerken.utaControleOnverwerkbaar = J (Bitumineuze en Kunststof
 * Dakbedekkersbedrijven), BR216 for the other CAO's. Products without an indicatieUta take no part.
 */
abstract class UtaRegel implements IkvRegel {

    /** Whether this rule is the one for CAO's with utaControleOnverwerkbaar = J (BR293). */
    protected abstract boolean voorOnverwerkbareCao();

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        var p = ctx.parameters();
        for (Producten.PvvInIkp x : Producten.pvvs(ctx.ikv())) {
            var ikp = x.ikp();
            var datum = ikp.datumAanvang();
            if (ikp.codeBeroep() == null) {
                continue;
            }
            boolean caoOnverwerkbaar = ikp.codeCao() != null && p.table(ParameterSheets.PvvPvpNp.CAO_KENMERKEN.name())
                    .find(datum, ctx.opdrachtgever(), ikp.codeCao()).map(r -> r.jn("utaControleOnverwerkbaar")).orElse(false);
            if (caoOnverwerkbaar != voorOnverwerkbareCao()) {
                continue;
            }
            var beroep = p.table(ParameterSheets.PvvPvpNp.BEROEPEN.name()).find(datum, ctx.opdrachtgever(), ikp.codeBeroep());
            var product = Producten.kenmerken(p, ctx.opdrachtgever(), x.pvv().productkeuze(), x.pvv().productvariant(), datum)
                    .filter(r -> r.values().get("indicatieUta") != null);
            if (beroep.isEmpty() || product.isEmpty()) {
                continue;
            }
            boolean beroepUta = beroep.get().jn("indicatieUta");
            boolean productUta = product.get().jn("indicatieUta");
            if (beroepUta != productUta) {
                out.add(x.bevinding(regel(), "Beroep " + ikp.codeBeroep() + (beroepUta ? " hoort" : " hoort niet")
                        + " bij UTA-personeel, product " + Producten.naam(x.pvv()) + (productUta ? " wel." : " niet.")));
            }
        }
        return out;
    }
}
