package nl.lpg.delivery;

/** A delivery file that cannot be used at all (not found, not XML, not valid against the XSD), with the place of the fault. */
public class DeliveryException extends RuntimeException {
    public DeliveryException(String message) {
        super(message);
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
