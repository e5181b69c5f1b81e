package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** BR236/BR238: an amount must be the same in every PVP of the IKV that falls in one kalenderjaar. */
final class ConstantInKalenderjaar {
    private ConstantInKalenderjaar() {
    }

    static List<Bevinding> toets(String regel, String wat, List<Producten.PvpInIkp> pvps,
                                 Function<Producten.PvpInIkp, BigDecimal> bedrag) {
        Map<Integer, TreeSet<BigDecimal>> perJaar = new TreeMap<>();
        Map<Integer, Producten.PvpInIkp> eerste = new TreeMap<>();
        for (Producten.PvpInIkp p : pvps) {
            BigDecimal b = bedrag.apply(p);
            if (b == null || p.pvp().datumAanvang() == null) {
                continue;
            }
            int jaar = p.pvp().datumAanvang().getYear();
            // TreeSet with compareTo: 3000.0 and 3000.00 are the same amount.
            perJaar.computeIfAbsent(jaar, j -> new TreeSet<>()).add(b);
            eerste.putIfAbsent(jaar, p);
        }
        List<Bevinding> out = new ArrayList<>();
        perJaar.forEach((jaar, waarden) -> {
            if (waarden.size() > 1) {
                out.add(Bevinding.van(regel, "Het " + wat + " is niet constant in " + jaar + ": aangeleverd zijn "
                        + String.join(", ", waarden.stream().map(BigDecimal::toPlainString).toList()) + ".")
                        .metIkp(eerste.get(jaar).ikp().datumAanvang()).metJaar(jaar));
            }
        });
        return out;
    }
}
