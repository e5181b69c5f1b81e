package nl.lpg.delivery;

import java.util.regex.Pattern;

/**
 * Keeps a BSN or IBAN out of a message that echoes delivered values (a parser or XSD error quotes the value it
 * refuses): nine digits in a row, or spaced as "111 222 333", and anything shaped like an IBAN are masked. The
 * message keeps its place and its reason, which is what the user needs to find the fault.
 */
public final class Afscherming {

    private static final Pattern BSN = Pattern.compile("(?<![0-9])[0-9](?: ?[0-9]){8}(?![0-9])");
    private static final Pattern IBAN = Pattern.compile("(?i)(?<![a-z0-9])[a-z]{2}[0-9]{2}(?: ?[a-z0-9]){10,30}");

    private Afscherming() {
    }

    /** The message with every BSN- or IBAN-shaped value masked; null stays null. */
    public static String afgeschermd(String melding) {
        if (melding == null) {
            return null;
        }
        String s = IBAN.matcher(melding).replaceAll("[IBAN weggelaten]");
        return BSN.matcher(s).replaceAll("[BSN weggelaten]");
    }
}
