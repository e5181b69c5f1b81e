package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR211 Meetellingswaarde OPNP mag bij WWU voor 1-1-2018 niet 50% zijn (ABP). */
@Component
public class Br211MeetellingswaardeOpnpWwuVoor2018 implements IkvRegel {

    static final BigDecimal WAARDE = new BigDecimal("50");

    @Override
    public String regel() {
        return "211";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR211 (ABP): meetellingswaarde OPNP bij verbijzondering WWU mag voor 1-1-2018 niet 50% zijn (alleen bij een gevulde, niet-0 waarde).
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var m = p.pvp().meetellingswaarde();
            var d = p.pvp().datumAanvang();
            if ("OPNP".equalsIgnoreCase(p.pvv().productkeuze()) && "WWU".equalsIgnoreCase(p.ikp().verbijzondering())
                    && d != null && d.isBefore(Br210MeetellingswaardeOpnpWwuVanaf2018.GRENS) && m != null && m.compareTo(WAARDE) == 0) {
                out.add(p.bevinding(regel(), "Meetellingswaarde OPNP bij WWU is 50% in de periode vanaf " + d
                        + "; voor 2018-01-01 is dat niet toegestaan."));
            }
        }
        return out;
    }
}
