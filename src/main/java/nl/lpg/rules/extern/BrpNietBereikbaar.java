package nl.lpg.rules.extern;

/**
 * The BRP could not be asked (unreachable, timing out or answering with an error after the retries). The run stops
 * with exit 3 and is resumed by the same command once the BRP is back. The message never holds a BSN.
 */
public class BrpNietBereikbaar extends RuntimeException {
    public BrpNietBereikbaar(String message, Throwable cause) {
        super(message, cause);
    }

    public BrpNietBereikbaar(String message) {
        super(message);
    }
}
