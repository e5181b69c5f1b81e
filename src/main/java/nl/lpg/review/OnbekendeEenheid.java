package nl.lpg.review;

/** A UNIT that names no held unit of a completed run (a typo, or not a unit key at all): exit 2, unusable input. */
public class OnbekendeEenheid extends IllegalArgumentException {
    public OnbekendeEenheid(String message) {
        super(message);
    }
}
