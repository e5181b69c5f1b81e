package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.parameters.ParameterSheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * BR78: soort inkomstenverhouding / inkomenscode moet vanaf 1-1-2021 gevuld zijn en een geldige waarde bevatten
 * (sheet SoortInkomstenverhouding, op datum aanvang IKP). For inkomstenperioden that start on or after 1-1-2021.
 */
@Component
public class Br78SoortInkomstenverhoudingGeldig implements IkvRegel {

    static final LocalDate VANAF = LocalDate.of(2021, 1, 1);

    @Override
    public String regel() {
        return "78";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.datumAanvang() == null || ikp.datumAanvang().isBefore(VANAF)) {
                continue;
            }
            String soort = ikp.soortInkomstenverhouding();
            if (IkpHulp.leeg(soort)) {
                uit.add(Bevinding.van(regel(), "Soort inkomstenverhouding / inkomenscode is niet gevuld; vanaf"
                        + " 1-1-2021 is deze verplicht.").metIkp(ikp.datumAanvang()));
            } else if (ctx.parameters().table(ParameterSheets.IkvIkp.SOORT_INKOMSTENVERHOUDING.name())
                    .find(ikp.datumAanvang(), soort.trim()).isEmpty()) {
                uit.add(Bevinding.van(regel(), "Soort inkomstenverhouding / inkomenscode \"" + soort.trim()
                        + "\" is geen geldige waarde op " + ikp.datumAanvang() + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
