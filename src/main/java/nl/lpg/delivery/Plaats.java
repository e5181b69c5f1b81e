package nl.lpg.delivery;

/** Where an element starts in the delivery file, as line:col, so a fault can be found by a person. */
public record Plaats(int line, int col) {
    @Override
    public String toString() {
        return line + ":" + col;
    }
}
