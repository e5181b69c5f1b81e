package nl.lpg.review;

/**
 * A review decision that cannot be taken: the unit was decided before, or a later delivery already replaced its
 * loontijdvak. The command ends with this one line and exit 1 (nothing was changed).
 */
public class BesluitGeweigerd extends RuntimeException {
    public BesluitGeweigerd(String message) {
        super(message);
    }
}
