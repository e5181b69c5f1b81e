package nl.lpg.rules.extern;

/**
 * A rule that needs a source outside the delivery (BRP, pension administration). When no source is configured the
 * rule finds nothing; the engine reports it as "not evaluated" in run.json instead of "geen signaal", and
 * {@code bin/lpg rules} lists it as "needs external source".
 */
public interface ExterneBronRegel {

    /** Whether the external source is configured, i.e. whether the rule was really evaluated. */
    boolean bronGeconfigureerd();

    /** The source the rule asks. */
    default ExterneBron bron() {
        return ExterneBron.BRP;
    }

    /** Text for the run report when the rule could not be evaluated. */
    default String nietGeevalueerdReden() {
        return "externe bron niet geconfigureerd: regel niet geëvalueerd (" + bron().hoe() + ")";
    }
}
