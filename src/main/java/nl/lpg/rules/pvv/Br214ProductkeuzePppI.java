package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR214 Productkeuze PPP-I (ABP). */
@Component
public class Br214ProductkeuzePppI implements IkvRegel {

    @Override
    public String regel() {
        return "214";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR214 (ABP): doorsparen in PPP-I kan vanaf 1-1-2016 niet meer; daarvoor alleen zolang de persoon jonger is dan
        // de 1e dag van de maand van AOW-leeftijd + 5 jaar. (Of er voor 65 jaar gespaard werd staat in de stand: niet getoetst.)
        var np = ctx.ikv().natuurlijkPersoon();
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            if (!"PPP-I".equalsIgnoreCase(p.pvv().productkeuze()) || p.pvp().datumAanvang() == null) {
                continue;
            }
            LocalDate d = p.pvp().datumAanvang();
            if (!d.isBefore(Br307ProductkeuzeAbp.PPP_TOT)) {
                out.add(p.bevinding(regel(), "Doorsparen in PPP-I is vanaf 2016-01-01 niet meer mogelijk; periode begint op " + d + "."));
            } else if (np != null && np.geboortedatum() != null) {
                Leeftijden.eersteVanMaandAowPlus5(ctx.parameters(), np.geboortedatum())
                        .filter(grens -> !d.isBefore(grens))
                        .ifPresent(grens -> out.add(p.bevinding(regel(), "Doorsparen in PPP-I kan tot " + grens
                                + " (1e dag van de maand van AOW-leeftijd + 5 jaar); periode begint op " + d + ".")));
            }
        }
        return out;
    }
}
