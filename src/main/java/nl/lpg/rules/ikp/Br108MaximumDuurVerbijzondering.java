package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikv.IkvHulp;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * BR108: de duur van de verbijzondering in de IKP moet kleiner dan of gelijk zijn aan de maximum duur van de
 * verbijzondering (Bouw; Verbijzonderingen.maximaleDuurWeken, e.g. BBL 26 weken). Als (datum einde - datum aanvang)
 * groter is dan maximum lengte in weken * 7 gaat de regel af, gemeten over de aaneengesloten reeks inkomstenperioden
 * met dezelfde verbijzondering. The series runs back through the stored IKPs of the stand view; a delivered IKP
 * replaces a stored one with the same datum aanvang.
 */
@Component
public class Br108MaximumDuurVerbijzondering implements IkvRegel {

    @Override
    public String regel() {
        return "108";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        String aard = ikv.aard() == null ? "" : ikv.aard().trim();
        // datum aanvang -> verbijzondering, stand first, delivery overrides
        TreeMap<LocalDate, String> reeks = new TreeMap<>();
        for (StandView.StandIkp s : IkvHulp.standIkps(ctx)) {
            if (s.datumAanvang() != null) {
                reeks.put(s.datumAanvang(), VerbijzonderingControle.code(s.verbijzondering()));
            }
        }
        List<Inkomstenperiode> geleverd = IkpHulp.gesorteerd(ikv);
        for (Inkomstenperiode ikp : geleverd) {
            reeks.put(ikp.datumAanvang(), VerbijzonderingControle.code(ikp.verbijzondering()));
        }
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : geleverd) {
            String v = VerbijzonderingControle.code(ikp.verbijzondering());
            Integer weken = ctx.parameters().table(ParameterSheets.VERBIJZONDERINGEN.name())
                    .find(ikp.datumAanvang(), ctx.opdrachtgever(), aard, v)
                    .map(r -> r.integer("maximaleDuurWeken")).orElse(null);
            if (weken == null || ctx.ae().periodiciteit() == null) {
                continue;
            }
            LocalDate begin = ikp.datumAanvang();
            for (Map.Entry<LocalDate, String> e = reeks.lowerEntry(begin); e != null && e.getValue().equals(v);
                 e = reeks.lowerEntry(e.getKey())) {
                begin = e.getKey();
            }
            LocalDate einde = IkpHulp.afgeleideEinde(ikv, ikp, ctx.ae().periodiciteit());
            long dagen = ChronoUnit.DAYS.between(begin, einde);
            if (dagen > weken * 7L) {
                uit.add(Bevinding.van(regel(), "Verbijzondering " + v + " duurt van " + begin + " tot " + einde
                        + " (" + dagen + " dagen), langer dan de maximum duur van " + weken + " weken ("
                        + (weken * 7) + " dagen).").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
