package nl.lpg.rules.adres;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR177 Buitenlands adres mag geen Nederlands adres bevatten. */
@Component
public class Br177BuitenlandsAdresNietNederlands implements IkvRegel {

    @Override
    public String regel() {
        return "177";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR177: een buitenlands adres met ISO-landcode NL is een Nederlands adres; dat hoort niet in adres buitenland.
        var adres = np.adresBuitenland();
        if (adres == null || adres.landcode() == null || !"NL".equalsIgnoreCase(adres.landcode().trim())) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Het buitenlands adres heeft landcode NL; lever een Nederlands adres als adres binnenland aan."));
    }
}
