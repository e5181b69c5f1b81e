package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR321 Personeelsnummer/salarisnummer moet 15 numeriek zijn (ABP, PWRI). */
@Component
public class Br321PersoneelsnummerVijftienNumeriek implements IkvRegel {

    /** Compiled once: String.matches compiles its pattern at every call, here once per IKV (issue 10). */
    private static final java.util.regex.Pattern VIJFTIEN_CIJFERS = java.util.regex.Pattern.compile("[0-9]{15}");

    @Override
    public String regel() {
        return "321";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR321 (ABP, PWRI): personeelsnummer moet 15 posities numeriek zijn, inclusief voorloopnullen.
        String nr = np.personeelsnummer() == null ? "" : np.personeelsnummer().trim();
        if (VIJFTIEN_CIJFERS.matcher(nr).matches()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Personeelsnummer \"" + nr + "\" is niet 15 posities numeriek (inclusief voorloopnullen)."));
    }
}
