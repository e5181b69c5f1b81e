package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR20: Het loonheffingennummer moet overeenkomstig de inschrijving zijn; vergeleken wordt het RSIN (de eerste 9 posities). */
@Component
public class Br20LoonheffingennummerConformInschrijving implements AeRegel {

    @Override
    public String regel() {
        return "20";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        var inschrijving = ctx.organisatie().aansluiting(ae.aansluitnummer(), ae.datumAanvangTijdvak())
                .map(r -> r.text("loonheffingennummer"));
        String lhn = ae.loonheffingennummer();
        if (lhn != null && inschrijving.isPresent() && !rsin(lhn).equals(rsin(inschrijving.get()))) {
            return List.of(Bevinding.van(regel(), "Het RSIN van loonheffingennummer " + lhn
                    + " wijkt af van de inschrijving (" + inschrijving.get() + ")."));
        }
        return List.of();
    }

    private static String rsin(String lhn) {
        return lhn.length() >= 9 ? lhn.substring(0, 9) : lhn;
    }
}
