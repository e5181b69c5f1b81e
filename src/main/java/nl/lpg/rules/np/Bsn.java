package nl.lpg.rules.np;

/** BSN helpers. A BSN is never put in a melding or a log line. */
public final class Bsn {
    private Bsn() {
    }

    public static boolean gevuld(String bsn) {
        return bsn != null && !bsn.isBlank();
    }

    public static boolean numeriek(String bsn) {
        return gevuld(bsn) && bsn.trim().chars().allMatch(c -> c >= 48 && c <= 57);
    }

    /** Numeric and zero ("0", "000000000"): allowed at ABP and PWRI until the BSN is known (BR250). */
    public static boolean nul(String bsn) {
        return numeriek(bsn) && bsn.trim().chars().allMatch(c -> c == 48);
    }

    /**
     * BR49 elfproef: for ABCDEFGHI, 9A+8B+7C+6D+5E+4F+3G+2H-1I must be a multiple of 11. A shorter number is read with
     * leading zeros; more than 9 digits fails.
     */
    public static boolean elfproef(String bsn) {
        String t = bsn.trim();
        if (t.length() > 9) {
            return false;
        }
        t = "0".repeat(9 - t.length()) + t;
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (t.charAt(i) - 48);
        }
        som -= t.charAt(8) - 48;
        return som % 11 == 0;
    }
}
