package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR128 Productkeuze/variant moet bij indeling (code CAO) van opdrachtgever zijn toegestaan (Bouw). */
@Component
public class Br128ProductkeuzeBijIndelingCao implements IkvRegel {

    @Override
    public String regel() {
        return "128";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR128 (Bouw): is er een relatie vastgelegd met de indeling (code CAO van de inkomstenperiode), dan moet de
        // productkeuze/variant bij die indeling geldig zijn; peildatum is datum aanvang IKP.
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            String cao = p.ikp().codeCao();
            var rijen = ProductIndeling.rijen(ctx.parameters(), ctx.opdrachtgever(), cao, p.ikp().datumAanvang());
            if (!ProductIndeling.toegestaan(rijen, p.pvv().productkeuze(), p.pvv().productvariant()).orElse(true)) {
                out.add(p.bevinding(regel(), "Product " + Producten.naam(p.pvv())
                        + " is niet toegestaan bij de CAO-indeling " + cao + " van de inkomstenperiode."));
            }
        }
        return out;
    }
}
