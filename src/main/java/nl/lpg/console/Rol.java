package nl.lpg.console;

import java.util.Locale;

/**
 * The roles of the console's users. What each may see and do:
 * <ul>
 * <li>{@code reviewer}: runs, signals, held units (and decides on them), the nota, the trail of a PVP; BSN and IBAN
 * masked;</li>
 * <li>{@code auditor}: everything to read, BSN and IBAN unmasked, output files and workbooks to download; decides
 * nothing;</li>
 * <li>{@code operator}: runs (with progress and output files), signals, the nota and the workbooks; no held units and no
 * trail (personal data); BSN and IBAN masked; Actuator's metrics.</li>
 * </ul>
 */
public enum Rol {
    REVIEWER, AUDITOR, OPERATOR;

    /** The Spring Security authority, {@code ROLE_REVIEWER} etc. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Rol lees(String s) {
        try {
            return Rol.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + s + "' (reviewer, auditor or operator)");
        }
    }
}
