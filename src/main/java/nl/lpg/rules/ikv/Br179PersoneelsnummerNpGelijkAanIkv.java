package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR179 (structuurcontrole): personeelsnummer/salarisnummer natuurlijk persoon en IKV moeten identiek zijn. */
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
        Inkomstenverhouding ikv = ctx.ikv();
        if (ikv.natuurlijkPersoon() == null) {
            return List.of();
        }
        String npPnr = ikv.natuurlijkPersoon().personeelsnummer();
        if (npPnr != null && !npPnr.isBlank() && !npPnr.trim().equals(ikv.personeelsnummer() == null ? null
                : ikv.personeelsnummer().trim())) {
            return List.of(Bevinding.van(regel(), "Structuurfout: personeelsnummer/salarisnummer van de natuurlijk"
                    + " persoon (" + npPnr.trim() + ") wijkt af van dat van de inkomstenverhouding ("
                    + ikv.personeelsnummer() + ")."));
        }
        return List.of();
    }
}
