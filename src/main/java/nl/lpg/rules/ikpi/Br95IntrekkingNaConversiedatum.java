package nl.lpg.rules.ikpi;

import nl.lpg.delivery.Intrekking;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR95: de datum aanvang inkomstenperiode in een intrekking inkomstenperiode moet op of na de conversiedatum liggen
 * (conversiedatum as valid on datum einde tijdvak AE).
 */
@Component
public class Br95IntrekkingNaConversiedatum implements AeRegel {

    @Override
    public String regel() {
        return "95";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        Optional<LocalDate> conversie = ctx.parameters().conversiedatum(ctx.ae().ae().opdrachtgever(),
                ctx.ae().ae().datumEindeTijdvak());
        List<Bevinding> uit = new ArrayList<>();
        if (conversie.isEmpty()) {
            return uit;
        }
        for (Intrekking i : ctx.ae().intrekkingen()) {
            if (i.datumAanvangInkomstenperiode() != null
                    && i.datumAanvangInkomstenperiode().isBefore(conversie.get())) {
                uit.add(Bevinding.van(regel(), "Intrekking van inkomstenperiode " + i.datumAanvangInkomstenperiode()
                        + " (personeelsnummer " + i.personeelsnummer() + ", inkomstenverhouding "
                        + i.nummerInkomstenverhouding() + ") ligt voor de conversiedatum " + conversie.get() + ".")
                        .metIkp(i.datumAanvangInkomstenperiode()));
            }
        }
        return uit;
    }
}
