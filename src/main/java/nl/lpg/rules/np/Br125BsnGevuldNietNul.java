package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR125 BSN moet gevuld zijn (en niet 0) voor Bouw, Schoonmaak, PFAB, SPW en PPF APG. */
@Component
public class Br125BsnGevuldNietNul implements IkvRegel {

    @Override
    public String regel() {
        return "125";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR125 (Bouw, Schoonmaak, PFAB, SPW, PPF APG): BSN is verplicht; de waarde 0 is niet toegestaan.
        if (Bsn.gevuld(np.bsn()) && !Bsn.nul(np.bsn())) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Het BSN van de natuurlijk persoon met personeelsnummer " + np.personeelsnummer()
                + (Bsn.gevuld(np.bsn()) ? " is 0; dat is bij " + ctx.opdrachtgever() + " niet toegestaan." : " is niet gevuld.")));
    }
}
