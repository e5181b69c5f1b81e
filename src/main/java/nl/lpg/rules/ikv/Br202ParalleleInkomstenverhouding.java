package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.IkpHulp;
import nl.lpg.rules.np.Bsn;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * BR202 (PFAB, Bouw): als de natuurlijk persoon uit de levering voorkomt in de stand mag voor dezelfde persoon bij
 * dezelfde aansluiting géén andere, parallelle inkomstenverhouding voorkomen: een andere IKV van hetzelfde BSN in de
 * stand waarvan de looptijd die van deze IKV overlapt. Geen signaal als een van beide een werkgeversbetaling is
 * (soort inkomstenverhouding van de meest actuele inkomstenperiode).
 */
@Component
public class Br202ParalleleInkomstenverhouding implements IkvRegel {

    @Override
    public String regel() {
        return "202";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        var np = ikv.natuurlijkPersoon();
        if (np == null || !Bsn.gevuld(np.bsn()) || Bsn.nul(np.bsn()) || ikv.datumAanvang() == null
                || ctx.stand() == null) {
            return List.of();
        }
        List<Inkomstenperiode> ikps = IkpHulp.gesorteerd(ikv);
        if (!ikps.isEmpty() && StandHulp.werkgeversbetaling(ctx, ikps.get(ikps.size() - 1).soortInkomstenverhouding(),
                ikps.get(ikps.size() - 1).datumAanvang())) {
            return List.of();
        }
        String an = ctx.ae().aansluitnummer();
        List<Bevinding> uit = new ArrayList<>();
        for (StandView.StandIkv andere : ctx.stand().inkomstenverhoudingenVanPersoon(ctx.opdrachtgever(), np.bsn().trim())) {
            if (!andere.aansluitnummer().equals(an) || andere.zelfde(an, ikv.personeelsnummer(), ikv.nummer())
                    || !overlapt(ikv.datumAanvang(), ikv.datumEinde(), andere.datumAanvang(), andere.datumEinde())
                    || StandHulp.werkgeversbetaling(ctx, andere.soortInkomstenverhouding(), ikv.datumAanvang())) {
                continue;
            }
            uit.add(Bevinding.van(regel(), "Voor dezelfde persoon bestaat bij aansluiting " + an
                    + " al een parallelle inkomstenverhouding (personeelsnummer " + andere.personeelsnummer()
                    + ", nummer " + andere.nummer() + ", van " + andere.datumAanvang() + " tot "
                    + (andere.datumEinde() == null ? "heden" : andere.datumEinde()) + ")."));
        }
        return uit;
    }

    static boolean overlapt(LocalDate a1, LocalDate e1, LocalDate a2, LocalDate e2) {
        if (a2 == null) {
            return false;
        }
        return (e2 == null || !a1.isAfter(e2)) && (e1 == null || !a2.isAfter(e1));
    }
}
