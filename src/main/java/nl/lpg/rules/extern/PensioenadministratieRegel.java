package nl.lpg.rules.extern;

import org.springframework.beans.factory.annotation.Autowired;

import java.util.function.Supplier;

/**
 * A rule that asks the pension administration (BR124, BR203, BR226, BR421, BR426), per chunk through
 * {@link PensioenadministratieRaadpleging}. Without an imported pension administration it finds nothing and reports
 * itself as not evaluated ({@link #bronGeconfigureerd()} false): never a silent pass.
 */
public abstract class PensioenadministratieRegel implements ExterneBronRegel, nl.lpg.rules.Regel {

    private PensioenadministratieRaadpleging vast;
    private Supplier<PensioenadministratieRaadpleging> engine;

    protected PensioenadministratieRegel() {
    }

    /** With a source of its own (tests). */
    protected PensioenadministratieRegel(PensioenadministratieBron bron) {
        this.vast = bron == null ? null : new PensioenadministratieRaadpleging(bron);
    }

    /** The engine hands the pension administration of the run (null when none is imported). */
    @Autowired(required = false)
    public void setBronnen(ExterneBronnen bronnen) {
        this.engine = bronnen::pensioenadministratie;
    }

    /** The pension administration as this run asks it; null when none is configured. */
    protected PensioenadministratieRaadpleging pa() {
        return vast != null ? vast : engine == null ? null : engine.get();
    }

    @Override
    public boolean bronGeconfigureerd() {
        return pa() != null;
    }

    @Override
    public ExterneBron bron() {
        return ExterneBron.PENSIOENADMINISTRATIE;
    }
}
