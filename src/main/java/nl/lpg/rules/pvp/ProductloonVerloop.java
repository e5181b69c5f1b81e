package nl.lpg.rules.pvp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.pvv.Marge;
import nl.lpg.rules.pvv.Producten;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BR261/BR262: how the productloon of one product (productkeuze + productvariant) runs through a kalenderjaar within
 * the IKV, PVP by PVP in date order, with the absolute marge of the Marges sheet for the rule.
 */
final class ProductloonVerloop {

    record Verloop(int jaar, Producten.PvpInIkp eerste, Producten.PvpInIkp van, Producten.PvpInIkp naar,
                   boolean gestegen) {
    }

    private ProductloonVerloop() {
    }

    /** Per product and year: the first rise beyond the marge (gestegen), else the first fall beyond the marge, if any. */
    static List<Verloop> bepaal(List<Producten.PvpInIkp> pvps, Parameters p, String opdrachtgever) {
        Map<String, List<Producten.PvpInIkp>> groepen = new LinkedHashMap<>();
        pvps.stream().filter(x -> x.pvp().productloon() != null && x.pvp().datumAanvang() != null)
                .sorted(Comparator.comparing((Producten.PvpInIkp x) -> x.pvp().datumAanvang()))
                .forEach(x -> groepen.computeIfAbsent(x.pvp().datumAanvang().getYear() + "|"
                        + x.pvv().productkeuze().toUpperCase() + "|" + Producten.variant(x.pvv().productvariant()),
                        k -> new ArrayList<>()).add(x));
        List<Verloop> out = new ArrayList<>();
        for (List<Producten.PvpInIkp> g : groepen.values()) {
            Verloop daling = null;
            Verloop stijging = null;
            for (int i = 1; i < g.size() && stijging == null; i++) {
                Producten.PvpInIkp a = g.get(i - 1);
                Producten.PvpInIkp b = g.get(i);
                BigDecimal verschil = b.pvp().productloon().subtract(a.pvp().productloon());
                if (verschil.abs().compareTo(marge(p, verschil.signum() > 0 ? "261" : "262", opdrachtgever, b)) <= 0) {
                    continue;
                }
                Verloop v = new Verloop(b.pvp().datumAanvang().getYear(), g.get(0), a, b, verschil.signum() > 0);
                if (v.gestegen()) {
                    stijging = v; // "Ook niet na een toegestane daling": a rise wins over an earlier fall.
                } else if (daling == null) {
                    daling = v;
                }
            }
            if (stijging != null) {
                out.add(stijging);
            } else if (daling != null) {
                out.add(daling);
            }
        }
        return out;
    }

    private static BigDecimal marge(Parameters p, String regel, String opdrachtgever, Producten.PvpInIkp x) {
        return Marge.absoluut(p, regel, opdrachtgever, x.pvv().productkeuze(), x.pvp().datumAanvang());
    }
}
