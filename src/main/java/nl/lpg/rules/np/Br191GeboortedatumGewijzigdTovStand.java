package nl.lpg.rules.np;

import nl.lpg.rules.extern.BrpBron;
import org.springframework.stereotype.Component;

/**
 * BR191: bepaal of de geboortedatum van de natuurlijk persoon in de levering gelijk is aan de geboortedatum in de
 * standenadministratie. Het signaal wordt gegeven als er wel een match is met BRP (the delivered geboortedatum is
 * the one BRP knows), dan is via interne beoordeling acceptatie mogelijk; without a match it is BR192.
 * Needs the BRP: without a configured {@link BrpBron} the rule finds nothing and reports itself as not evaluated.
 */
@Component
public class Br191GeboortedatumGewijzigdTovStand extends GeboortedatumTovStandEnBrp {

    public Br191GeboortedatumGewijzigdTovStand() {
    }

    public Br191GeboortedatumGewijzigdTovStand(BrpBron bron) {
        super(bron);
    }

    @Override
    public String regel() {
        return "191";
    }

    @Override
    boolean signaleer(boolean brpBevestigt) {
        return brpBevestigt;
    }

    @Override
    String brpDeel() {
        return "BRP bevestigt de nieuwe geboortedatum.";
    }
}
