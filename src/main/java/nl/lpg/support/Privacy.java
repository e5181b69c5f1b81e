package nl.lpg.support;

import java.util.regex.Pattern;

/**
 * Masks what must never reach a log line, an exception message or stderr: a BSN (nine digits standing alone) and an
 * IBAN. Applied to every log line (logback pattern) and to every error line the command line prints, so a value that
 * slipped into a database or parser message is still not shown.
 */
public final class Privacy {

    /** Nine digits, not part of a longer run of letters or digits (so runIds and amounts stay readable). */
    private static final Pattern BSN = Pattern.compile("(?<![0-9A-Za-z.,])[0-9]{9}(?![0-9A-Za-z])");
    /** Two letters, two check digits, then 11 to 30 letters and digits (NL: 4 letters + 10 digits). */
    private static final Pattern IBAN = Pattern.compile("(?<![0-9A-Za-z])[A-Z]{2}[0-9]{2}[A-Z]{4}[0-9]{7,26}(?![0-9A-Za-z])");

    private Privacy() {
    }

    public static String maskeer(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return IBAN.matcher(BSN.matcher(s).replaceAll("*********")).replaceAll("**IBAN**");
    }
}
