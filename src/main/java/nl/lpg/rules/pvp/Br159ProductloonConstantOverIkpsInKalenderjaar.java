package nl.lpg.rules.pvp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikv.StandHulp;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * BR159 (SPW): het productloon moet voor alle IKP's binnen een IKV en kalenderjaar gelijk zijn. The IKPs of the year of
 * the AE's tijdvak: the delivered ones and the stored ones that stay (IKPs of a loontijdvak delivered again or withdrawn
 * are left out). Per productkeuze every pair of consecutive IKPs is compared, within the absolute marge of the Marges
 * sheet for rule 159; zodra een vergeleken IKP een verbijzondering ZKG of WIA bevat wordt de controle van dit jaar
 * beëindigd. Het productloon mag wijzigen als het aantal uren wisselt van boven en onder de fulltimenorm van 36 uur
 * (uren are known for delivered IKPs only).
 */
@Component
public class Br159ProductloonConstantOverIkpsInKalenderjaar implements IkvRegel {

    static final Set<String> EINDE_CONTROLE = Set.of("ZKG", "WIA");
    static final BigDecimal FULLTIME_UREN = new BigDecimal("36");

    @Override
    public String regel() {
        return "159";
    }

    private record Punt(LocalDate ikp, String verbijzondering, BigDecimal uren, BigDecimal productloon) {
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        int jaar = ctx.ae().datumAanvangTijdvak().getYear();
        Map<String, List<Punt>> perProduct = new TreeMap<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.datumAanvang() == null || ikp.datumAanvang().getYear() != jaar) {
                continue;
            }
            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                    if (pvp.productloon() != null) {
                        perProduct.computeIfAbsent(pvv.productkeuze(), k -> new ArrayList<>()).add(
                                new Punt(ikp.datumAanvang(), ikp.verbijzondering(), ikp.uren(), pvp.productloon()));
                    }
                }
            }
        }
        for (StandView.StandIkp ikp : StandHulp.blijvend(ctx)) {
            if (ikp.datumAanvang().getYear() != jaar) {
                continue;
            }
            for (StandView.StandPvp pvp : ikp.pvps()) {
                if (pvp.productloon() != null) {
                    perProduct.computeIfAbsent(pvp.productkeuze(), k -> new ArrayList<>()).add(
                            new Punt(ikp.datumAanvang(), ikp.verbijzondering(), null, pvp.productloon()));
                }
            }
        }
        List<Bevinding> uit = new ArrayList<>();
        perProduct.forEach((keuze, punten) -> {
            punten.sort(Comparator.comparing(Punt::ikp));
            BigDecimal marge = ctx.parameters().marge(regel(), ctx.opdrachtgever(), keuze, ctx.ae().datumAanvangTijdvak())
                    .map((ParameterRow r) -> r.decimal("absoluteMarge")).orElse(null);
            for (int i = 1; i < punten.size(); i++) {
                Punt a = punten.get(i - 1);
                Punt b = punten.get(i);
                if (einde(a) || einde(b)) {
                    return;
                }
                if (a.ikp().equals(b.ikp()) || wisselFulltime(a, b)) {
                    continue;
                }
                BigDecimal verschil = a.productloon().subtract(b.productloon()).abs();
                if (verschil.compareTo(marge == null ? BigDecimal.ZERO : marge) > 0) {
                    uit.add(Bevinding.van(regel(), "Het productloon " + keuze + " is niet constant in " + jaar + ": "
                            + a.productloon().toPlainString() + " in de inkomstenperiode van " + a.ikp() + " en "
                            + b.productloon().toPlainString() + " in die van " + b.ikp() + ".")
                            .metIkp(b.ikp()).metProduct(keuze, null).metJaar(jaar));
                    return;
                }
            }
        });
        return uit;
    }

    private static boolean einde(Punt p) {
        return p.verbijzondering() != null && EINDE_CONTROLE.contains(p.verbijzondering().trim().toUpperCase());
    }

    private static boolean wisselFulltime(Punt a, Punt b) {
        return a.uren() != null && b.uren() != null
                && (a.uren().compareTo(FULLTIME_UREN) >= 0) != (b.uren().compareTo(FULLTIME_UREN) >= 0);
    }
}
