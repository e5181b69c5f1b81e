package nl.lpg.rules.wn;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.IkpHulp;
import nl.lpg.rules.ikp.Loontijdvak;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * BR317 (structuurcontrole): per loontijdvak mag niet meer dan 1 voorkomen werknemergegevens aangeleverd worden. Als
 * meerdere inkomstenperioden voor een loontijdvak worden aangeleverd, mogen alleen op de eerste datum aanvang
 * inkomstenperiode van het loontijdvak werknemergegevens aanwezig zijn. Also: never two werknemergegevens under one
 * IKP. (Werknemergegevens are not mandatory for ABP; that is not this rule's concern.)
 */
@Component
public class Br317EenmaalWerknemergegevensPerLoontijdvak implements IkvRegel {

    @Override
    public String regel() {
        return "317";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Periodiciteit p = ctx.ae().periodiciteit();
        List<Bevinding> uit = new ArrayList<>();
        Set<Loontijdvak> eersteGezien = new HashSet<>();
        for (Inkomstenperiode ikp : IkpHulp.gesorteerd(ctx.ikv())) {
            Loontijdvak ltv = p == null ? null : Loontijdvak.van(p, ikp.datumAanvang());
            boolean eerste = ltv == null || eersteGezien.add(ltv);
            int aantal = ikp.werknemergegevens().size();
            if (aantal > 1) {
                uit.add(Bevinding.van(regel(), "Structuurfout: bij de inkomstenperiode zijn " + aantal
                        + " keer werknemergegevens aangeleverd; dit mag maar een keer.").metIkp(ikp.datumAanvang()));
            } else if (aantal == 1 && !eerste) {
                uit.add(Bevinding.van(regel(), "Structuurfout: werknemergegevens mogen alleen bij de eerste"
                        + " inkomstenperiode van loontijdvak " + ltv + " worden aangeleverd, niet bij de"
                        + " inkomstenperiode van " + ikp.datumAanvang() + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
