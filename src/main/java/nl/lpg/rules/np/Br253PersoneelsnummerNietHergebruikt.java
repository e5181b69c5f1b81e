package nl.lpg.rules.np;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * BR253 (ABP, PWRI, SPW, PFAB): het personeelsnummer/salarisnummer mag bij een aansluiting niet hergebruikt worden;
 * bij een externe sleutel moet altijd hetzelfde BSN aangeleverd worden. The stand keeps every BSN ever accepted under
 * a personeelsnummer at an aansluiting; a delivered BSN that is not among them reuses the personeelsnummer. The melding
 * names no BSN.
 */
@Component
public class Br253PersoneelsnummerNietHergebruikt implements IkvRegel {

    @Override
    public String regel() {
        return "253";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        var np = ctx.ikv().natuurlijkPersoon();
        if (np == null || !Bsn.gevuld(np.bsn()) || Bsn.nul(np.bsn()) || ctx.stand() == null) {
            return List.of();
        }
        Set<String> eerder = ctx.stand().bsnsVanPersoneelsnummer(ctx.opdrachtgever(), ctx.ae().aansluitnummer(),
                ctx.ikv().personeelsnummer());
        // a BSN 0 stored while the real one was unknown (ABP/PWRI) is no earlier person
        if (eerder.stream().noneMatch(b -> !Bsn.nul(b)) || eerder.contains(np.bsn().trim())) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Personeelsnummer " + ctx.ikv().personeelsnummer() + " is bij aansluiting "
                + ctx.ae().aansluitnummer() + " eerder gebruikt voor een andere natuurlijk persoon (ander BSN);"
                + " een personeelsnummer mag niet hergebruikt worden."));
    }
}
