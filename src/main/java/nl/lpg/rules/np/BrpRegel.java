package nl.lpg.rules.np;

import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.extern.ExterneBronRegel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rule that asks the BRP (BR61, BR191, BR192). Without a configured {@link BrpBron} it finds nothing and reports
 * itself as not evaluated ({@link #bronGeconfigureerd()} false): never a silent pass.
 */
abstract class BrpRegel implements IkvRegel, ExterneBronRegel {

    protected BrpBron bron;

    BrpRegel() {
    }

    BrpRegel(BrpBron bron) {
        this.bron = bron;
    }

    /** The engine sets the BRP source when one is configured; without a bean the rule stays "not evaluated". */
    @Autowired(required = false)
    public void setBron(BrpBron bron) {
        this.bron = bron;
    }

    @Override
    public boolean bronGeconfigureerd() {
        return bron != null;
    }
}
