package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR297 Natuurlijk persoon moet minimum leeftijd hebben om deze productvariant te kiezen. */
@Component
public class Br297MinimumLeeftijdProductvariant implements IkvRegel {

    @Override
    public String regel() {
        return "297";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR297: leeftijd bij aanvang IKP (hulpvariabele) moet >= minimumLeeftijd van de productvariant zijn.
        var geboortedatum = ctx.ikv().natuurlijkPersoon() == null ? null : ctx.ikv().natuurlijkPersoon().geboortedatum();
        if (geboortedatum == null) {
            return out;
        }
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            var datum = p.ikp().datumAanvang();
            Integer min = ctx.parameters().productvariant(ctx.opdrachtgever(), p.pvv().productkeuze(),
                    p.pvv().productvariant(), datum).map(r -> r.integer("minimumLeeftijd")).orElse(null);
            int leeftijd = Leeftijden.leeftijd(geboortedatum, datum);
            if (min != null && leeftijd < min) {
                out.add(p.bevinding(regel(), "Leeftijd bij aanvang inkomstenperiode (" + leeftijd
                        + ") is lager dan de minimum leeftijd (" + min + ") voor product " + Producten.naam(p.pvv()) + "."));
            }
        }
        return out;
    }
}
