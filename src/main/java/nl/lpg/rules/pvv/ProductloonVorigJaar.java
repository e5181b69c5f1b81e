package nl.lpg.rules.pvv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.ikv.IkvHulp;
import nl.lpg.stand.StandView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * BR241/BR242: the productloon of the PVPs against the productloon of the last stored PVP of the same productkeuze in
 * the previous kalenderjaar. Alleen als een productloon over het vorige jaar aanwezig is, groter dan nul is en het
 * productloon in de levering constant is in het kalenderjaar (BR238's condition). The change is a percentage of the
 * previous year's productloon; the limit comes from ProductloonMutatie on the datum aanvang PVP.
 */
final class ProductloonVorigJaar {
    private ProductloonVorigJaar() {
    }

    /** +1: bovenmatige stijging (BR241), -1: bovenmatige daling (BR242). */
    static List<Bevinding> toets(IkvContext ctx, String regel, int richting, String kolom) {
        Map<String, TreeMap<LocalDate, BigDecimal>> geleverd = new TreeMap<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                    if (pvp.productloon() != null && pvp.datumAanvang() != null) {
                        geleverd.computeIfAbsent(pvv.productkeuze(), k -> new TreeMap<>())
                                .put(pvp.datumAanvang(), pvp.productloon());
                    }
                }
            }
        }
        List<Bevinding> uit = new ArrayList<>();
        List<StandView.StandIkp> stand = IkvHulp.standIkps(ctx);
        geleverd.forEach((keuze, pvps) -> {
            LocalDate datum = pvps.firstKey();
            int jaar = datum.getYear();
            TreeSet<BigDecimal> waarden = new TreeSet<>(pvps.values());
            if (pvps.keySet().stream().anyMatch(d -> d.getYear() != jaar) || waarden.size() != 1) {
                return; // not constant in one kalenderjaar (BR238): no comparison
            }
            BigDecimal nu = waarden.first();
            BigDecimal vorig = null;
            LocalDate vorigDatum = null;
            for (StandView.StandIkp s : stand) {
                for (StandView.StandPvp p : s.pvps()) {
                    if (keuze.equals(p.productkeuze()) && p.datumAanvang().getYear() == jaar - 1 && p.productloon() != null
                            && (vorigDatum == null || !p.datumAanvang().isBefore(vorigDatum))) {
                        vorig = p.productloon();
                        vorigDatum = p.datumAanvang();
                    }
                }
            }
            if (vorig == null || vorig.signum() <= 0) {
                return;
            }
            BigDecimal grens = ctx.parameters().table(ParameterSheets.Stand.PRODUCTLOON_MUTATIE.name())
                    .find(datum, ctx.opdrachtgever()).map(r -> r.decimal(kolom)).orElse(null);
            if (grens == null) {
                return;
            }
            BigDecimal procent = nu.subtract(vorig).multiply(BigDecimal.valueOf(100 * richting))
                    .divide(vorig, 2, RoundingMode.HALF_UP);
            if (procent.compareTo(grens) > 0) {
                uit.add(Bevinding.van(regel, "Het productloon " + keuze + " " + (richting > 0 ? "stijgt" : "daalt")
                        + " van " + vorig.toPlainString() + " in " + (jaar - 1) + " naar " + nu.toPlainString() + " in "
                        + jaar + " (" + procent.toPlainString() + "%), meer dan " + grens.toPlainString() + "%.")
                        .metIkp(ctx.ikv().inkomstenperioden().get(0).datumAanvang()).metProduct(keuze, null)
                        .metJaar(jaar));
            }
        });
        return uit;
    }
}
