package nl.lpg.rules.np;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.extern.ExterneBronRegel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * BR192: bepaal of de geboortedatum van de natuurlijk persoon in de levering gelijk is aan de geboortedatum in de
 * standenadministratie en indien deze afwijkt, of deze ook niet matcht met de gegevens in BRP (BRP does not know the
 * BSN or holds another geboortedatum).
 * Needs the BRP: without a configured {@link BrpBron} the rule finds nothing and reports itself as not evaluated.
 */
@Component
public class Br192GeboortedatumGewijzigdTovStandEnBrp implements IkvRegel, ExterneBronRegel {

    private BrpBron bron;

    public Br192GeboortedatumGewijzigdTovStandEnBrp() {
    }

    public Br192GeboortedatumGewijzigdTovStandEnBrp(BrpBron bron) {
        this.bron = bron;
    }

    @Autowired(required = false)
    public void setBron(BrpBron bron) {
        this.bron = bron;
    }

    @Override
    public String regel() {
        return "192";
    }

    @Override
    public boolean bronGeconfigureerd() {
        return bron != null;
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        if (bron == null) {
            return List.of();
        }
        Optional<LocalDate> oud = GeboortedatumStand.gewijzigd(ctx);
        if (oud.isEmpty()) {
            return List.of();
        }
        LocalDate nieuw = ctx.ikv().natuurlijkPersoon().geboortedatum();
        Optional<BrpBron.BrpPersoon> brp = bron.zoek(ctx.ikv().natuurlijkPersoon().bsn().trim());
        if (brp.isEmpty() || !nieuw.equals(brp.get().geboortedatum())) {
            return List.of(Bevinding.van(regel(), "De geboortedatum " + nieuw + " van de natuurlijk persoon met"
                    + " personeelsnummer " + ctx.ikv().personeelsnummer() + " wijkt af van " + oud.get()
                    + " in de standenadministratie" + "; de nieuwe geboortedatum komt ook niet overeen met de BRP."));
        }
        return List.of();
    }
}
