package nl.lpg.rules.ikpi;

import nl.lpg.delivery.Intrekking;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * BR285: in een administratieve eenheid mag een inkomstenperiode intrekking maar 1 keer voorkomen per
 * inkomstenperiode (combinatie van personeelsnummer/salarisnummer, nummer inkomstenverhouding en datum aanvang
 * inkomstenperiode). One finding per repeat.
 */
@Component
public class Br285IntrekkingUniekBinnenAe implements AeRegel {

    @Override
    public String regel() {
        return "285";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        Set<String> gezien = new HashSet<>();
        List<Bevinding> uit = new ArrayList<>();
        for (Intrekking i : ctx.ae().intrekkingen()) {
            String sleutel = IntrekkingHulp.trim(i.personeelsnummer()) + "|"
                    + IntrekkingHulp.trim(i.nummerInkomstenverhouding()) + "|" + i.datumAanvangInkomstenperiode();
            if (!gezien.add(sleutel)) {
                uit.add(Bevinding.van(regel(), "De intrekking van inkomstenperiode " + i.datumAanvangInkomstenperiode()
                        + " (personeelsnummer " + i.personeelsnummer() + ", inkomstenverhouding "
                        + i.nummerInkomstenverhouding()
                        + ") komt meer dan een keer voor in de administratieve eenheid.")
                        .metIkp(i.datumAanvangInkomstenperiode()));
            }
        }
        return uit;
    }
}
