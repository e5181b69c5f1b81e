package nl.lpg.rules.ikpi;

import nl.lpg.delivery.Intrekking;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.rules.IkvOverzicht;
import nl.lpg.rules.ikp.Loontijdvak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * BR287 (structuurcontrole): een intrekking en een inkomstenperiode binnen dezelfde inkomstenverhouding mogen niet
 * voor hetzelfde loontijdvak tegelijkertijd aangeleverd worden. Compares each intrekking with the IKPs of the IKVs
 * with the same key at the same aansluiting anywhere in the delivery ({@link AeContext#ikvs()}).
 */
@Component
public class Br287IntrekkingEnIkpTegelijkNietToegestaan implements AeRegel {

    @Override
    public String regel() {
        return "287";
    }

    @Override
    public boolean vergelijktIkvs() {
        return true;
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        Periodiciteit p = ctx.ae().ae().periodiciteit();
        String aansluiting = ctx.ae().ae().aansluitnummer();
        List<Bevinding> uit = new ArrayList<>();
        if (p == null) {
            return uit;
        }
        for (Intrekking i : ctx.ae().intrekkingen()) {
            if (i.datumAanvangInkomstenperiode() == null) {
                continue;
            }
            Loontijdvak ltv = Loontijdvak.van(p, i.datumAanvangInkomstenperiode());
            boolean tegelijk = false;
            for (IkvOverzicht ikv : ctx.ikvs().metSleutel(aansluiting, i.personeelsnummer(),
                    i.nummerInkomstenverhouding())) {
                for (LocalDate d : ikv.datumsAanvangIkp()) {
                    tegelijk |= ltv.bevat(d);
                }
            }
            if (tegelijk) {
                uit.add(Bevinding.van(regel(), "Structuurfout: voor loontijdvak " + ltv + " zijn zowel een intrekking"
                        + " als een inkomstenperiode aangeleverd (personeelsnummer " + i.personeelsnummer()
                        + ", inkomstenverhouding " + i.nummerInkomstenverhouding()
                        + "); lever of een intrekking of een inkomstenperiode.")
                        .metIkp(i.datumAanvangInkomstenperiode()));
            }
        }
        return uit;
    }
}
