package nl.lpg.rules.np;

import java.math.BigInteger;
import java.util.Locale;

/** BR146: the IBAN modulo-97 check, with the composition of a Dutch IBAN. */
public final class Iban {
    private Iban() {
    }

    private static final BigInteger NEGENENNEGENTIG_ZEVEN = BigInteger.valueOf(97);

    // compiled once: String.matches compiles its pattern at every call, and every IBAN of a delivery is checked
    private static final java.util.regex.Pattern NL = java.util.regex.Pattern.compile("NL[0-9]{2}[A-Z]{4}[0-9]{10}");
    private static final java.util.regex.Pattern ANDER = java.util.regex.Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}");
    private static final java.util.regex.Pattern ALFANUMERIEK = java.util.regex.Pattern.compile("[A-Z0-9]+");

    /** Spaces ignored, lower case to upper case (step 1). */
    public static String normaliseer(String iban) {
        return iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Step 2: NL = 2 letters, 2 digits, 4 letters bank code, 10 digits. Other countries: 2 letters, 2 digits, up to 30 alphanumerics. */
    public static boolean samenstellingGeldig(String iban) {
        String s = normaliseer(iban);
        if (s.startsWith("NL")) {
            return NL.matcher(s).matches();
        }
        return ANDER.matcher(s).matches();
    }

    /** Steps 3-6: first four characters to the end, letters to 10..35, the number mod 97 must be 1. */
    public static boolean modulo97(String iban) {
        String s = normaliseer(iban);
        if (s.length() < 5 || !ALFANUMERIEK.matcher(s).matches()) {
            return false;
        }
        String verplaatst = s.substring(4) + s.substring(0, 4);
        StringBuilder cijfers = new StringBuilder();
        for (char c : verplaatst.toCharArray()) {
            cijfers.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(cijfers.toString()).mod(NEGENENNEGENTIG_ZEVEN).intValue() == 1;
    }

    public static boolean geldig(String iban) {
        return samenstellingGeldig(iban) && modulo97(iban);
    }
}
