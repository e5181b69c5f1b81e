package nl.lpg.rules.ae;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR173: Administratieve eenheid moet uniek zijn binnen levering: een combinatie van aansluitnummer, opdrachtgever en
 * periodiciteit mag in een levering slechts 1 keer voorkomen. Every occurrence after the first is signalled.
 */
@Component
public class Br173AeUniekBinnenLevering implements AeRegel {

    @Override
    public String regel() {
        return "173";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        AdministratieveEenheid ae = ctx.ae().ae();
        boolean eerder = ctx.alleAes().stream().map(a -> a.ae())
                .anyMatch(a -> a.index() < ae.index() && a.aansluitnummer().equals(ae.aansluitnummer())
                        && a.opdrachtgever().equals(ae.opdrachtgever()) && a.periodiciteit() == ae.periodiciteit());
        if (eerder) {
            return List.of(Bevinding.van(regel(), "Aansluiting " + ae.aansluitnummer() + " met opdrachtgever "
                    + ae.opdrachtgever() + " en periodiciteit " + ae.periodiciteit()
                    + " komt meer dan eens voor in de levering."));
        }
        return List.of();
    }
}
