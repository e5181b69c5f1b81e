package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR299 Personeelsnummer/salarisnummer moet numeriek zijn en maximaal 15 posities. */
@Component
public class Br299PersoneelsnummerNumeriekMax15 implements IkvRegel {

    @Override
    public String regel() {
        return "299";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR299 (Bouw, Schoonmaak, SPW, PFAB): personeelsnummer moet numeriek zijn, maximaal 15 posities (voorloopnullen toegestaan).
        String nr = np.personeelsnummer() == null ? "" : np.personeelsnummer().trim();
        if (nr.matches("[0-9]{1,15}")) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Personeelsnummer \"" + nr + "\" is niet numeriek of langer dan 15 posities."));
    }
}
