package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.delivery.Periodiciteit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BR289: een loontijdvak is niet compleet indien een IKP beeindigd wordt voor het einde van het loontijdvak en geen
 * volgende IKP aanwezig is die aansluit en doorloopt tot en met het einde van het loontijdvak, of de eerste
 * inkomstenperiode van het loontijdvak ontbreekt. Per loontijdvak touched by the delivered IKPs: the chain must start
 * at the start of the loontijdvak (or datum aanvang IKV, if later) and run without gaps to its end (or datum einde
 * IKV, if earlier). An IKP without datum einde runs until the next one.
 */
@Component
public class Br289LoontijdvakBevatAlleIkps implements IkvRegel {

    @Override
    public String regel() {
        return "289";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Periodiciteit p = ctx.ae().periodiciteit();
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        if (p == null) {
            return uit;
        }
        Map<Loontijdvak, List<Inkomstenperiode>> perTijdvak = new LinkedHashMap<>();
        for (Inkomstenperiode ikp : IkpHulp.gesorteerd(ikv)) {
            perTijdvak.computeIfAbsent(Loontijdvak.van(p, ikp.datumAanvang()), k -> new ArrayList<>()).add(ikp);
        }
        for (Map.Entry<Loontijdvak, List<Inkomstenperiode>> e : perTijdvak.entrySet()) {
            Loontijdvak ltv = e.getKey();
            List<Inkomstenperiode> ikps = e.getValue();
            LocalDate begin = ikv.datumAanvang() != null && ikv.datumAanvang().isAfter(ltv.aanvang())
                    ? ikv.datumAanvang() : ltv.aanvang();
            LocalDate eind = ikv.datumEinde() != null && ikv.datumEinde().isBefore(ltv.einde())
                    ? ikv.datumEinde() : ltv.einde();
            Inkomstenperiode eerste = ikps.get(0);
            if (eerste.datumAanvang().isAfter(begin)) {
                uit.add(Bevinding.van(regel(), "Loontijdvak " + ltv + " is niet compleet: de eerste"
                        + " inkomstenperiode ontbreekt; de eerste aangeleverde begint op " + eerste.datumAanvang()
                        + ", verwacht " + begin + ".").metIkp(eerste.datumAanvang()));
            }
            for (int i = 0; i < ikps.size(); i++) {
                Inkomstenperiode ikp = ikps.get(i);
                if (ikp.datumEinde() == null || !ikp.datumEinde().isBefore(eind)) {
                    continue;
                }
                LocalDate verwacht = ikp.datumEinde().plusDays(1);
                boolean aansluitend = i + 1 < ikps.size() && ikps.get(i + 1).datumAanvang().equals(verwacht);
                if (!aansluitend) {
                    uit.add(Bevinding.van(regel(), "Loontijdvak " + ltv + " is niet compleet: de inkomstenperiode"
                            + " eindigt op " + ikp.datumEinde() + " en er is geen volgende inkomstenperiode die op "
                            + verwacht + " aansluit.").metIkp(ikp.datumAanvang()));
                }
            }
        }
        return uit;
    }
}
