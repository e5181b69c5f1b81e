package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.extern.BrpBron;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR61 BSN in levering moet bekend zijn bij BRP. Needs the BRP: without a configured BRP the rule finds
 * nothing and reports itself as not evaluated ({@link #bronGeconfigureerd()} false). A BSN 0 (allowed at ABP/PWRI
 * until known) or an empty BSN is not looked up: BR125, BR186 and BR250 deal with those.
 */
@Component
public class Br61BsnBekendBijBrp extends BrpRegel {

    public Br61BsnBekendBijBrp() {
    }

    public Br61BsnBekendBijBrp(BrpBron bron) {
        super(bron);
    }

    @Override
    public String regel() {
        return "61";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (brp() == null || np == null || !Bsn.gevuld(np.bsn()) || Bsn.nul(np.bsn())) {
            return List.of();
        }
        if (brp().zoek(np.bsn()).isPresent()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Het BSN van de natuurlijk persoon met personeelsnummer "
                + np.personeelsnummer() + " is niet bekend bij de Basisregistratie Personen (BRP)."));
    }
}
