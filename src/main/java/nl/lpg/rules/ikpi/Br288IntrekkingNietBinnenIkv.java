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
 * BR288: een inkomstenperiode intrekking mag niet binnen een IKV vallen: zij moet voor het eerste loontijdvak van
 * datum aanvang IKV liggen, of na het laatste loontijdvak van datum einde IKV (indien gevuld). Preconditie: een
 * overeenkomstige inkomstenverhouding (same key, same aansluiting) komt voor in de levering.
 */
@Component
public class Br288IntrekkingNietBinnenIkv implements AeRegel {

    @Override
    public String regel() {
        return "288";
    }

    @Override
    public boolean vergelijktIkvs() {
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
            LocalDate d = i.datumAanvangInkomstenperiode();
            if (d == null) {
                continue;
            }
            for (IkvOverzicht ikv : ctx.ikvs().metSleutel(aansluiting, i.personeelsnummer(),
                    i.nummerInkomstenverhouding())) {
                if (ikv.datumAanvang() == null) {
                    continue;
                }
                LocalDate eersteLtv = Loontijdvak.van(p, ikv.datumAanvang()).aanvang();
                LocalDate laatsteLtv = ikv.datumEinde() == null ? null : Loontijdvak.van(p, ikv.datumEinde()).einde();
                boolean binnen = !d.isBefore(eersteLtv) && (laatsteLtv == null || !d.isAfter(laatsteLtv));
                if (binnen) {
                    uit.add(Bevinding.van(regel(), "De intrekking van inkomstenperiode " + d + " (personeelsnummer "
                            + i.personeelsnummer() + ", inkomstenverhouding " + i.nummerInkomstenverhouding()
                            + ") valt binnen de inkomstenverhouding (" + ikv.datumAanvang() + " t/m "
                            + (ikv.datumEinde() == null ? "heden" : ikv.datumEinde())
                            + ") en zou een onderbreking veroorzaken.").metIkp(d));
                    break;
                }
            }
        }
        return uit;
    }
}
