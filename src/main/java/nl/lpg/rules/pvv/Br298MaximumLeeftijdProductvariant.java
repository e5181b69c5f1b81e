package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR298 Natuurlijk persoon mag niet te oud zijn om deze productvariant te kiezen. */
@Component
public class Br298MaximumLeeftijdProductvariant implements IkvRegel {

    @Override
    public String regel() {
        return "298";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR298: leeftijd bij aanvang IKP (hulpvariabele) moet kleiner zijn dan maximumLeeftijd van de productvariant.
        var geboortedatum = ctx.ikv().natuurlijkPersoon() == null ? null : ctx.ikv().natuurlijkPersoon().geboortedatum();
        if (geboortedatum == null) {
            return out;
        }
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            var datum = p.ikp().datumAanvang();
            Integer max = ctx.parameters().productvariant(ctx.opdrachtgever(), p.pvv().productkeuze(),
                    p.pvv().productvariant(), datum).map(r -> r.integer("maximumLeeftijd")).orElse(null);
            int leeftijd = Leeftijden.leeftijd(geboortedatum, datum);
            if (max != null && leeftijd >= max) {
                out.add(p.bevinding(regel(), "Leeftijd bij aanvang inkomstenperiode (" + leeftijd
                        + ") is niet lager dan de maximum leeftijd (" + max + ") voor product " + Producten.naam(p.pvv()) + "."));
            }
        }
        return out;
    }
}
