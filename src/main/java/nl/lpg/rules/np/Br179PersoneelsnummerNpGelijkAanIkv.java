package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR179 Personeelsnummer/salarisnummer natuurlijk persoon en IKV moeten identiek zijn (structuurcontrole). */
@Component
public class Br179PersoneelsnummerNpGelijkAanIkv implements IkvRegel {

    @Override
    public String regel() {
        return "179";
    }

    @Override
    public boolean isStructuurcontrole() {
        return true;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR179: het personeelsnummer in natuurlijk persoon moet gelijk zijn aan dat in de inkomstenverhouding.
        // Ook in de tabel structuurcontroles ("Personeelsnummer/salarisnummer wijkt af in IKV").
        String ikvNr = ctx.ikv().personeelsnummer();
        String npNr = np.personeelsnummer();
        if (ikvNr == null ? npNr == null : ikvNr.trim().equals(npNr == null ? null : npNr.trim())) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Personeelsnummer natuurlijk persoon (" + npNr
                + ") wijkt af van personeelsnummer inkomstenverhouding (" + ikvNr + ")."));
    }
}
