package nl.lpg.support;

import java.util.regex.Pattern;

/**
 * Masks what must never reach a log line, an exception message or stderr: a BSN and an IBAN. A parser or XSD error
 * quotes the value it refuses, a database error the row it could not write; the message keeps its place and its
 * reason, which is what a person needs to find the fault. Applied to every log line (logback {@code %mask}) and to
 * every error line the command line prints.
 */
public final class Privacy {

    /**
     * Nine digits, also spaced as "111 222 333", standing alone: not inside a longer number, an amount or a word
     * (so a runId such as 20261123T145217922-... and a personeelsnummer of 15 digits stay readable).
     */
    private static final Pattern BSN = Pattern.compile("(?<![0-9A-Za-z.,])[0-9](?: ?[0-9]){8}(?![0-9A-Za-z])");
    /** Two letters, two check digits and 10 to 30 letters or digits, in any case, spaced or not. */
    private static final Pattern IBAN = Pattern.compile("(?i)(?<![a-z0-9])[a-z]{2}[0-9]{2}(?: ?[a-z0-9]){10,30}");

    private Privacy() {
    }

    /** The text with every BSN- or IBAN-shaped value masked; null stays null. */
    public static String maskeer(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String t = IBAN.matcher(s).replaceAll("[IBAN weggelaten]");
        return BSN.matcher(t).replaceAll("[BSN weggelaten]");
    }
}
