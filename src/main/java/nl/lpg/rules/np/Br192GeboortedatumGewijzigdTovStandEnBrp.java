package nl.lpg.rules.np;

import nl.lpg.rules.extern.BrpBron;
import org.springframework.stereotype.Component;

/**
 * BR192: bepaal of de geboortedatum van de natuurlijk persoon in de levering gelijk is aan de geboortedatum in de
 * standenadministratie en indien deze afwijkt, of deze ook niet matcht met de gegevens in BRP (BRP does not know the
 * BSN or holds another geboortedatum).
 * Needs the BRP: without a configured {@link BrpBron} the rule finds nothing and reports itself as not evaluated.
 */
@Component
public class Br192GeboortedatumGewijzigdTovStandEnBrp extends GeboortedatumTovStandEnBrp {

    public Br192GeboortedatumGewijzigdTovStandEnBrp() {
    }

    public Br192GeboortedatumGewijzigdTovStandEnBrp(BrpBron bron) {
        super(bron);
    }

    @Override
    public String regel() {
        return "192";
    }

    @Override
    boolean signaleer(boolean brpBevestigt) {
        return !brpBevestigt;
    }

    @Override
    String brpDeel() {
        return "de nieuwe geboortedatum komt ook niet overeen met de BRP.";
    }
}
