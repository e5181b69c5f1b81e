package nl.lpg.rules;

/** A business rule, known by its number as in the specification (e.g. "26", "XSD-LHN"). */
public interface Regel {
    String regel();

    /** Structure checks (section 2) run first; when one fires the content checks of that IKV are not run. */
    default boolean isStructuurcontrole() {
        return false;
    }
}
