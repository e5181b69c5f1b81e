package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.math.BigDecimal;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Rule without printed number (SPW): productloon van alle PVPs binnen een IKP moet constant zijn. */
@Component
public class BrPvpIkpConstantProductloonBinnenIkp implements IkvRegel {

    @Override
    public String regel() {
        return "PVP-IKP-CONSTANT";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // (SPW, nummer niet afgedrukt) Het productloon van alle PVPs binnen een IKP moet constant zijn. Niet voor
        // productloononafhankelijke producten en niet voor een leeg productloon.
        for (var ikp : ctx.ikv().inkomstenperioden()) {
            TreeSet<BigDecimal> waarden = new TreeSet<>();
            for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
                if (p.ikp() == ikp && p.pvp().productloon() != null
                        && !Producten.productloonOnafhankelijk(ctx.parameters(), ctx.opdrachtgever(), p)) {
                    waarden.add(p.pvp().productloon());
                }
            }
            if (waarden.size() > 1) {
                out.add(Bevinding.van(regel(), "Het productloon is niet constant binnen de inkomstenperiode van "
                        + ikp.datumAanvang() + ": aangeleverd zijn " + String.join(", ",
                        waarden.stream().map(BigDecimal::toPlainString).toList()) + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return out;
    }
}
