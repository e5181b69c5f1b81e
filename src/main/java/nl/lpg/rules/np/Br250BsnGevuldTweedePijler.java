package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR250 BSN moet gevuld zijn voor opdrachtgever 2e pijler (ABP, PWRI). */
@Component
public class Br250BsnGevuldTweedePijler implements IkvRegel {

    @Override
    public String regel() {
        return "250";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR250 (ABP, PWRI): BSN is verplicht; de waarde 0 is toegestaan tot het BSN bekend is (die signaleert BR186).
        if (Bsn.gevuld(np.bsn())) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Het BSN van de natuurlijk persoon met personeelsnummer " + np.personeelsnummer()
                + " is niet gevuld (vul 0 zolang het BSN niet bekend is)."));
    }
}
