package nl.lpg.rules;

/** Aard van het signaal: what a signal does to its unit. */
public enum Aard {
    /** Refuses the unit (delivery, AE, or IKV with everything under it). */
    ONVERWERKBAAR,
    /** Applied, with the signal. */
    ONWAARSCHIJNLIJK,
    /** Applied, with the signal. */
    VERWERKBAAR,
    /** Holds the unit: kept, not applied, listed in the run for an internal reviewer. */
    INTERNE_BEOORDELING,
    /** Derivation rules: no signal. */
    NVT;

    /** The more severe of two aarden for the unit's outcome. */
    public static Aard zwaarste(Aard a, Aard b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Aard a) {
        return switch (a) {
            case ONVERWERKBAAR -> 4;
            case INTERNE_BEOORDELING -> 3;
            case ONWAARSCHIJNLIJK -> 2;
            case VERWERKBAAR -> 1;
            case NVT -> 0;
        };
    }
}
