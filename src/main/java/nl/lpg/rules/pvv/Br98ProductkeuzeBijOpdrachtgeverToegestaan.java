package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR98 Productkeuze/variant moet bij opdrachtgever zijn toegestaan. */
@Component
public class Br98ProductkeuzeBijOpdrachtgeverToegestaan implements IkvRegel {

    @Override
    public String regel() {
        return "98";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR98: de productkeuze/variant van de PVV moet bij deze opdrachtgever geldig zijn (tabel Productvarianten),
        // op datum aanvang van de IKP waartoe de PVV behoort.
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            var datum = p.ikp().datumAanvang();
            if (ctx.parameters().productvariant(ctx.opdrachtgever(), p.pvv().productkeuze(), p.pvv().productvariant(),
                    datum).isEmpty()) {
                out.add(p.bevinding(regel(), "Product " + Producten.naam(p.pvv()) + " is op " + datum
                        + " niet toegestaan bij opdrachtgever " + ctx.opdrachtgever() + "."));
            }
        }
        return out;
    }
}
