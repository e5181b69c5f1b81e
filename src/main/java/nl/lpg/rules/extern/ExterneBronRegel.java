package nl.lpg.rules.extern;

/**
 * A rule that needs a source outside the delivery (BRP, pension administration). When no source is configured the
 * rule finds nothing; the engine reports it as "niet geëvalueerd" instead of "geen signaal".
 */
public interface ExterneBronRegel {

    /** Whether the external source is configured, i.e. whether the rule was really evaluated. */
    boolean bronGeconfigureerd();

    /** Text for the run report when the rule could not be evaluated. */
    default String nietGeevalueerdReden() {
        return "externe bron niet geconfigureerd: regel niet geëvalueerd";
    }
}
