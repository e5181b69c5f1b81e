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
 * BR191: bepaal of de geboortedatum van de natuurlijk persoon in de levering gelijk is aan de geboortedatum in de
 * standenadministratie. Het signaal wordt gegeven als er wel een match is met BRP (the delivered geboortedatum is
 * the one BRP knows), dan is via interne beoordeling acceptatie mogelijk; without a match it is BR192.
 * Needs the BRP: without a configured {@link BrpBron} the rule finds nothing and reports itself as not evaluated.
 */
@Component
public class Br191GeboortedatumGewijzigdTovStand implements IkvRegel, ExterneBronRegel {

    private BrpBron bron;

    public Br191GeboortedatumGewijzigdTovStand() {
    }

    public Br191GeboortedatumGewijzigdTovStand(BrpBron bron) {
        this.bron = bron;
    }

    @Autowired(required = false)
    public void setBron(BrpBron bron) {
        this.bron = bron;
    }

    @Override
    public String regel() {
        return "191";
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
        if (brp.isPresent() && nieuw.equals(brp.get().geboortedatum())) {
            return List.of(Bevinding.van(regel(), "De geboortedatum " + nieuw + " van de natuurlijk persoon met"
                    + " personeelsnummer " + ctx.ikv().personeelsnummer() + " wijkt af van " + oud.get()
                    + " in de standenadministratie" + "; BRP bevestigt de nieuwe geboortedatum."));
        }
        return List.of();
    }
}
