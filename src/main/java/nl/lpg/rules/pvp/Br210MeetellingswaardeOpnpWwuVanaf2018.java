package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR210 Meetellingswaarde OPNP mag bij WWU vanaf 1-1-2018 niet 37,5% zijn (ABP). */
@Component
public class Br210MeetellingswaardeOpnpWwuVanaf2018 implements IkvRegel {

    static final LocalDate GRENS = LocalDate.of(2018, 1, 1);
    static final BigDecimal WAARDE = new BigDecimal("37.5");

    @Override
    public String regel() {
        return "210";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR210 (ABP): meetellingswaarde OPNP bij verbijzondering WWU mag vanaf 1-1-2018 niet 37,5% zijn (alleen bij een gevulde, niet-0 waarde).
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var m = p.pvp().meetellingswaarde();
            var d = p.pvp().datumAanvang();
            if ("OPNP".equalsIgnoreCase(p.pvv().productkeuze()) && "WWU".equalsIgnoreCase(p.ikp().verbijzondering())
                    && d != null && !d.isBefore(GRENS) && m != null && m.compareTo(WAARDE) == 0) {
                out.add(p.bevinding(regel(), "Meetellingswaarde OPNP bij WWU is 37,5% in de periode vanaf " + d
                        + "; vanaf 2018-01-01 is dat niet toegestaan."));
            }
        }
        return out;
    }
}
