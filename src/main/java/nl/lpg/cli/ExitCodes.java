package nl.lpg.cli;

/** Exit status as CONTRACT.md section 3 defines it. */
public final class ExitCodes {
    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int UNUSABLE_INPUT = 2;
    public static final int OTHER = 3;

    private ExitCodes() {
    }
}
