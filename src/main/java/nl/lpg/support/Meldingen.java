package nl.lpg.support;

/** Messages as a person reads them on one line. */
public final class Meldingen {

    private Meldingen() {
    }

    /** The first line of a message, stripped; empty for null. */
    public static String eersteRegel(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int i = t.indexOf('\n');
        return (i < 0 ? t : t.substring(0, i)).strip();
    }

    /** The innermost cause's first line, or its class name where it has no message: what a person can act on. */
    public static String kern(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        String m = eersteRegel(r.getMessage());
        return m.isEmpty() ? r.getClass().getSimpleName() : m;
    }
}
