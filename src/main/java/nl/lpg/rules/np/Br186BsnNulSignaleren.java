package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR186 BSN gelijk aan nul signaleren voor opdrachtgever 2e pijler (ABP, PWRI). */
@Component
public class Br186BsnNulSignaleren implements IkvRegel {

    @Override
    public String regel() {
        return "186";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR186 (ABP, PWRI): een BSN gelijk aan 0 wordt gesignaleerd (verwerkbaar).
        if (!Bsn.nul(np.bsn())) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Het BSN van de natuurlijk persoon met personeelsnummer " + np.personeelsnummer()
                + " is 0; lever het BSN aan zodra het bekend is."));
    }
}
