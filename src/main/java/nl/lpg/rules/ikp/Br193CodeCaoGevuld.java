package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static nl.lpg.rules.ikp.IkpHulp.*;

/** BR193: de code CAO uit de inkomstenperiode moet gevuld zijn (Bouw). */
@Component
public class Br193CodeCaoGevuld implements IkvRegel {

    @Override
    public String regel() {
        return "193";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (leeg(ikp.codeCao())) {
                uit.add(Bevinding.van(regel(), "Code CAO is niet gevuld; bij deze opdrachtgever moet de code CAO"
                        + " altijd worden aangeleverd.").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
