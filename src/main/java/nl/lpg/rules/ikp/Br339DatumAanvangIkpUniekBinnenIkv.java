package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * BR339: binnen een inkomstenverhouding mag een inkomstenperiode met datum aanvang maar 1 keer voorkomen, ook al
 * zijn de verbijzonderingen verschillend. One finding per repeated datum aanvang.
 */
@Component
public class Br339DatumAanvangIkpUniekBinnenIkv implements IkvRegel {

    @Override
    public String regel() {
        return "339";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Set<LocalDate> gezien = new HashSet<>();
        Set<LocalDate> gemeld = new HashSet<>();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            LocalDate d = ikp.datumAanvang();
            if (d != null && !gezien.add(d) && gemeld.add(d)) {
                uit.add(Bevinding.van(regel(), "Er zijn meerdere inkomstenperioden met datum aanvang " + d
                        + " in de inkomstenverhouding; een datum aanvang mag maar een keer voorkomen.").metIkp(d));
            }
        }
        return uit;
    }
}
