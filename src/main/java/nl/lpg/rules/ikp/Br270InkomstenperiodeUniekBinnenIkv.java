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
import java.util.Locale;
import java.util.Set;

/**
 * BR270: in een inkomstenverhouding mag een inkomstenperiode (combinatie van datum aanvang inkomstenperiode en
 * verbijzondering inkomstenverhouding) maar een keer voorkomen. One finding per repeat.
 */
@Component
public class Br270InkomstenperiodeUniekBinnenIkv implements IkvRegel {

    @Override
    public String regel() {
        return "270";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Set<String> gezien = new HashSet<>();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            String v = ikp.verbijzondering() == null ? "" : ikp.verbijzondering().trim().toUpperCase(Locale.ROOT);
            LocalDate d = ikp.datumAanvang();
            if (!gezien.add(d + "|" + v)) {
                uit.add(Bevinding.van(regel(), "De inkomstenperiode met datum aanvang " + d + " en verbijzondering "
                        + v + " komt meer dan een keer voor in de inkomstenverhouding.").metIkp(d));
            }
        }
        return uit;
    }
}
