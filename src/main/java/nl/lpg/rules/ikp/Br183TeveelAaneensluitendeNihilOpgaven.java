package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikv.IkvHulp;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * BR183 (Bouw): teveel aaneensluitende periodes met 0-opgave bij deze IKV. Een IKP is een nihil-opgave als code
 * meetelling Nee is; the series is the chain of nihil-opgaven of one verbijzondering in consecutive loontijdvakken,
 * through the stored IKPs (code meetelling kept in the stand) and the delivered ones. Maximum: Verbijzonderingen
 * .maximumNihilOpgaven (1 periode = 1 loontijdvak). Het signaal wordt slechts één keer gegeven, op de nihil-opgave die
 * het maximum overschrijdt, niet op de opvolgende.
 */
@Component
public class Br183TeveelAaneensluitendeNihilOpgaven implements IkvRegel {

    @Override
    public String regel() {
        return "183";
    }

    private record Periode(boolean nihil, String verbijzondering) {
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Periodiciteit p = ctx.ae().periodiciteit();
        if (p == null) {
            return List.of();
        }
        // loontijdvak aanvang -> nihil and verbijzondering; the delivery replaces the stand
        TreeMap<LocalDate, Periode> reeks = new TreeMap<>();
        for (StandView.StandIkp s : IkvHulp.standIkps(ctx)) {
            reeks.put(Loontijdvak.van(p, s.datumAanvang()).aanvang(),
                    new Periode(s.nihil(), VerbijzonderingControle.code(s.verbijzondering())));
        }
        List<Inkomstenperiode> geleverd = IkpHulp.gesorteerd(ctx.ikv());
        for (Inkomstenperiode i : geleverd) {
            reeks.put(Loontijdvak.van(p, i.datumAanvang()).aanvang(),
                    new Periode(IkpHulp.meeteltNee(i), VerbijzonderingControle.code(i.verbijzondering())));
        }
        String aard = ctx.ikv().aard() == null ? "" : ctx.ikv().aard().trim();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode i : geleverd) {
            if (!IkpHulp.meeteltNee(i)) {
                continue;
            }
            String v = VerbijzonderingControle.code(i.verbijzondering());
            Integer max = ctx.parameters().table(ParameterSheets.VERBIJZONDERINGEN.name())
                    .find(i.datumAanvang(), ctx.opdrachtgever(), aard, v).map(r -> r.integer("maximumNihilOpgaven"))
                    .orElse(null);
            if (max == null) {
                continue;
            }
            int positie = 1;
            LocalDate lt = Loontijdvak.van(p, i.datumAanvang()).aanvang();
            for (Map.Entry<LocalDate, Periode> e = reeks.lowerEntry(lt); e != null && e.getValue().nihil()
                    && e.getValue().verbijzondering().equals(v)
                    && Loontijdvak.van(p, e.getKey()).einde().plusDays(1).equals(lt); e = reeks.lowerEntry(lt)) {
                positie++;
                lt = e.getKey();
            }
            if (positie == max + 1) {
                uit.add(Bevinding.van(regel(), "De inkomstenperiode is de " + positie + "e aaneengesloten nihil-opgave"
                        + " (code meetelling Nee) met verbijzondering " + v + " vanaf " + lt + "; het maximum is " + max
                        + ".").metIkp(i.datumAanvang()));
            }
        }
        return uit;
    }
}
