package nl.lpg.rules.np;

import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.extern.BrpRaadpleging;
import nl.lpg.rules.extern.ExterneBronRegel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rule that asks the BRP (BR61, BR64, BR191, BR192), per chunk through {@link BrpRaadpleging}. Without a configured
 * BRP it finds nothing and reports itself as not evaluated ({@link #bronGeconfigureerd()} false): never a silent pass.
 */
abstract class BrpRegel implements IkvRegel, ExterneBronRegel {

    private BrpRaadpleging bron;
    private java.util.function.Supplier<BrpRaadpleging> engine;

    BrpRegel() {
    }

    BrpRegel(BrpBron bron) {
        this.bron = bron == null ? null : new BrpRaadpleging(bron);
    }

    /** The engine hands the BRP of the run (null when none is configured: the rule stays "not evaluated"). */
    @Autowired(required = false)
    public void setBrp(nl.lpg.rules.extern.ExterneBronnen bronnen) {
        this.engine = bronnen::brp;
    }

    /** The BRP as this run asks it; null when none is configured. */
    protected BrpRaadpleging brp() {
        return bron != null ? bron : engine == null ? null : engine.get();
    }

    @Override
    public boolean bronGeconfigureerd() {
        return brp() != null;
    }
}
