package nl.lpg.console;

import org.springframework.security.core.Authentication;

/**
 * BSN and IBAN on the console's pages: in full for the auditor role only, masked for everyone else (the digits
 * replaced by {@code *}, the last two kept so a reviewer can tell two persons apart on one page without seeing the
 * number; an IBAN keeps its country code).
 */
public final class Maskering {

    private Maskering() {
    }

    public static boolean onthult(Authentication a) {
        return a != null && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(Rol.AUDITOR.authority()));
    }

    public static String bsn(String bsn, boolean onthullen) {
        if (bsn == null || bsn.isBlank() || onthullen) {
            return bsn;
        }
        String s = bsn.strip();
        return s.length() <= 2 ? "*".repeat(s.length()) : "*".repeat(s.length() - 2) + s.substring(s.length() - 2);
    }

    public static String iban(String iban, boolean onthullen) {
        if (iban == null || iban.isBlank() || onthullen) {
            return iban;
        }
        String s = iban.strip();
        return s.length() <= 2 ? "**" : s.substring(0, 2) + "*".repeat(s.length() - 2);
    }
}
