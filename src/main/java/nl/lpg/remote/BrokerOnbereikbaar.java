package nl.lpg.remote;

/** The broker could not be reached; the message is one line that says where and why (exit 3). */
public class BrokerOnbereikbaar extends RuntimeException {
    public BrokerOnbereikbaar(String message) {
        super(message);
    }
}
