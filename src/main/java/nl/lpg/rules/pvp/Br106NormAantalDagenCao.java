package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR106 Norm aantal dagen CAO wordt overschreden (Bouw). */
@Component
public class Br106NormAantalDagenCao implements IkvRegel {

    @Override
    public String regel() {
        return "106";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR106 (Bouw): de dagen van alle PVPs van het lopende jaar met gelijke productkeuze/variant mogen het norm aantal
        // dagen per jaar van de CAO (code CAO van de IKP) niet overschrijden. Preconditie: dagen verplicht. Getoetst over de
        // PVPs in de levering; de dagen uit de stand zijn hier niet zichtbaar (een overschrijding in de levering alleen is er zeker een).
        Map<String, BigDecimal> som = new LinkedHashMap<>();
        Map<String, Producten.PvpInIkp> laatste = new LinkedHashMap<>();
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            if (p.pvp().dagen() == null || p.pvp().datumAanvang() == null || !Producten.kenmerken(ctx.parameters(),
                    ctx.opdrachtgever(), p.pvv().productkeuze(), p.pvv().productvariant(), p.pvp().datumAanvang())
                    .map(r -> r.jn("dagenVerplicht")).orElse(false)) {
                continue;
            }
            String k = p.pvp().datumAanvang().getYear() + "|" + p.product();
            som.merge(k, p.pvp().dagen(), BigDecimal::add);
            laatste.put(k, p);
        }
        som.forEach((k, dagen) -> {
            Producten.PvpInIkp p = laatste.get(k);
            String cao = p.ikp().codeCao();
            if (cao == null) {
                return;
            }
            BigDecimal norm = ctx.parameters().cao(ctx.opdrachtgever(), cao, p.pvp().datumAanvang())
                    .map(r -> r.decimal("normDagenPerJaar")).orElse(null);
            if (norm != null && dagen.compareTo(norm) > 0) {
                int jaar = p.pvp().datumAanvang().getYear();
                out.add(p.bevinding(regel(), "Het aantal dagen voor " + p.product() + " in " + jaar + " (" + dagen.toPlainString()
                        + ") is groter dan het norm aantal dagen van CAO " + cao + " (" + norm.toPlainString() + ").").metJaar(jaar));
            }
        });
        return out;
    }
}
