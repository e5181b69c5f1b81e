package nl.lpg.cli;

/** An option that cannot be used as given (e.g. an unwritable {@code --out}): exit 2 with one line. */
public class OngeldigeOptie extends RuntimeException {
    public OngeldigeOptie(String message) {
        super(message);
    }
}
