package nl.lpg.rules.ikpi;

import nl.lpg.delivery.Intrekking;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;
import nl.lpg.rules.IkvOverzicht;

import java.util.ArrayList;
import java.util.List;

/**
 * BR356: het BSN uit de intrekking mag niet afwijken van het BSN uit de inkomstenverhouding; een intrekking zonder
 * BSN wordt gesignaleerd. Compared with the IKV of the same key at the same aansluiting in this delivery; the
 * comparison with the stand (an IKV not in the delivery) needs the stored BSN, which the stand view does not give.
 * The melding never shows a BSN.
 */
@Component
public class Br356BsnIntrekkingGelijkAanIkv implements AeRegel {

    @Override
    public String regel() {
        return "356";
    }

    @Override
    public boolean vergelijktIkvs() {
        return true;
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        String aansluiting = ctx.ae().ae().aansluitnummer();
        List<Bevinding> uit = new ArrayList<>();
        for (Intrekking i : ctx.ae().intrekkingen()) {
            String omschrijving = "intrekking van inkomstenperiode " + i.datumAanvangInkomstenperiode()
                    + " (personeelsnummer " + i.personeelsnummer() + ", inkomstenverhouding "
                    + i.nummerInkomstenverhouding() + ")";
            if (i.bsn() == null || i.bsn().isBlank()) {
                uit.add(Bevinding.van(regel(), "Het BSN is niet gevuld in de " + omschrijving + ".")
                        .metIkp(i.datumAanvangInkomstenperiode()));
                continue;
            }
            boolean afwijkend = ctx.ikvs().metSleutel(aansluiting, i.personeelsnummer(), i.nummerInkomstenverhouding())
                    .stream()
                    .filter(k -> k.natuurlijkPersoon() != null && k.natuurlijkPersoon().bsn() != null)
                    .anyMatch(k -> !k.natuurlijkPersoon().bsn().trim().equals(i.bsn().trim()));
            if (afwijkend) {
                uit.add(Bevinding.van(regel(), "Het BSN in de " + omschrijving
                        + " wijkt af van het BSN van de inkomstenverhouding.")
                        .metIkp(i.datumAanvangInkomstenperiode()));
            }
        }
        return uit;
    }
}
