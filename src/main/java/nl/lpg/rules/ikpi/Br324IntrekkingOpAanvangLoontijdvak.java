package nl.lpg.rules.ikpi;

import nl.lpg.delivery.Intrekking;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;
import nl.lpg.rules.ikp.Loontijdvak;

import java.util.ArrayList;
import java.util.List;

/**
 * BR324 (structuurcontrole): datum aanvang inkomstenperiode intrekking moet gelijk zijn aan de datum aanvang van een
 * loontijdvak, bepaald met de periodiciteit van de bovenliggende AE.
 */
@Component
public class Br324IntrekkingOpAanvangLoontijdvak implements AeRegel {

    @Override
    public String regel() {
        return "324";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        if (ctx.ae().ae().periodiciteit() == null) {
            return uit;
        }
        for (Intrekking i : ctx.ae().intrekkingen()) {
            if (i.datumAanvangInkomstenperiode() == null) {
                continue;
            }
            Loontijdvak ltv = Loontijdvak.van(ctx.ae().ae().periodiciteit(), i.datumAanvangInkomstenperiode());
            if (!ltv.aanvang().equals(i.datumAanvangInkomstenperiode())) {
                uit.add(Bevinding.van(regel(), "Structuurfout: datum aanvang van de intrekking "
                        + i.datumAanvangInkomstenperiode() + " (personeelsnummer " + i.personeelsnummer()
                        + ", inkomstenverhouding " + i.nummerInkomstenverhouding()
                        + ") is niet de datum aanvang van een loontijdvak; verwacht " + ltv.aanvang() + ".")
                        .metIkp(i.datumAanvangInkomstenperiode()));
            }
        }
        return uit;
    }
}
