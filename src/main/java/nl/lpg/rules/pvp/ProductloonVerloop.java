package nl.lpg.rules.pvp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.ikv.StandHulp;
import nl.lpg.rules.pvv.Marge;
import nl.lpg.rules.pvv.Producten;
import nl.lpg.stand.StandView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BR261/BR262: how the productloon of one product (productkeuze + productvariant) runs through a kalenderjaar within
 * the IKV, PVP by PVP in date order, with the absolute marge of the Marges sheet for the rule. Over the delivered PVPs
 * and the stored ones that stay (the spec's "Standenadministratie — pensioen/verzekeringsperiode" minus the
 * loontijdvakken delivered again or withdrawn by the delivery's intrekkingen): a rise in August against the stored
 * July is a rise in the year. A step between two stored PVPs was judged when they were delivered, so only a step
 * with a delivered PVP on one side counts, and the signal is given on that delivered PVP.
 */
final class ProductloonVerloop {

    /** One PVP on the line: delivered ({@code geleverd} set) or stored. */
    record Punt(LocalDate datum, String productkeuze, String productvariant, BigDecimal productloon,
                Producten.PvpInIkp geleverd) {
        String product() {
            return Producten.naam(productkeuze, productvariant);
        }
    }

    record Verloop(int jaar, Punt van, Punt naar, boolean gestegen) {
        /** The delivered PVP of the step, where the signal goes. */
        Producten.PvpInIkp drager() {
            return naar.geleverd() != null ? naar.geleverd() : van.geleverd();
        }

        Bevinding bevinding(String regel, String werkwoord) {
            return drager().bevinding(regel, "Het productloon van " + naar.product() + " " + werkwoord + " in " + jaar
                    + " van " + van.productloon().toPlainString() + " (vanaf " + van.datum() + ") naar "
                    + naar.productloon().toPlainString() + " (vanaf " + naar.datum() + ").").metJaar(jaar);
        }
    }

    private ProductloonVerloop() {
    }

    static List<Verloop> bepaal(IkvContext ctx) {
        List<Punt> punten = new ArrayList<>();
        for (Producten.PvpInIkp x : Producten.pvps(ctx.ikv())) {
            punten.add(new Punt(x.pvp().datumAanvang(), x.pvv().productkeuze(), x.pvv().productvariant(),
                    x.pvp().productloon(), x));
        }
        for (StandView.StandIkp ikp : StandHulp.blijvend(ctx)) {
            for (StandView.StandPvp pvp : ikp.pvps()) {
                punten.add(new Punt(pvp.datumAanvang() != null ? pvp.datumAanvang() : ikp.datumAanvang(),
                        pvp.productkeuze(), pvp.productvariant(), pvp.productloon(), null));
            }
        }
        return bepaal(punten, ctx.parameters(), ctx.opdrachtgever());
    }

    /** Per product and year: the first rise beyond the marge (gestegen), else the first fall beyond the marge, if any. */
    static List<Verloop> bepaal(List<Punt> punten, Parameters p, String opdrachtgever) {
        Map<String, List<Punt>> groepen = new LinkedHashMap<>();
        punten.stream().filter(x -> x.productloon() != null && x.datum() != null && x.productkeuze() != null)
                .sorted(Comparator.comparing(Punt::datum))
                .forEach(x -> groepen.computeIfAbsent(x.datum().getYear() + "|" + x.productkeuze().toUpperCase() + "|"
                        + Producten.variant(x.productvariant()), k -> new ArrayList<>()).add(x));
        List<Verloop> out = new ArrayList<>();
        for (List<Punt> g : groepen.values()) {
            Verloop daling = null;
            Verloop stijging = null;
            for (int i = 1; i < g.size() && stijging == null; i++) {
                Punt a = g.get(i - 1);
                Punt b = g.get(i);
                if (a.geleverd() == null && b.geleverd() == null) {
                    continue;
                }
                BigDecimal verschil = b.productloon().subtract(a.productloon());
                if (verschil.abs().compareTo(Marge.absoluut(p, verschil.signum() > 0 ? "261" : "262", opdrachtgever,
                        b.productkeuze(), b.datum())) <= 0) {
                    continue;
                }
                Verloop v = new Verloop(b.datum().getYear(), a, b, verschil.signum() > 0);
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
}
