package nl.lpg.parameters;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of the coupling register (sheets Koppelingen, KoppelingRegelingen, KoppelingDeelnemers of
 * {@code organisatie.xlsx}) that reading a cell cannot do: a KvK-nummer of 8 digits, a regelingnummer equal to the last
 * two digits of the contractnummer (werkwijze a.s.r. step 2), a bedrijfsgroep where the coupling runs per
 * bedrijfsgroep, an e-mail address that is one, and references to an aansluiting that exists. Every fault as
 * {@code sheet!cell: what is wrong}.
 */
public final class KoppelingValidatie {
    private KoppelingValidatie() {
    }

    private static final Pattern KVK = Pattern.compile("\\d{8}");
    private static final Pattern CIJFERS = Pattern.compile("\\d{2,}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static void valideer(Map<String, ParameterTable> org, Set<String> aansluitingen, List<String> errors) {
        ParameterTable k = org.get(ParameterSheets.Koppeling.KOPPELINGEN.name());
        Set<String> gekoppeld = new HashSet<>();
        if (k != null) {
            for (ParameterRow r : k.rows()) {
                if (r.text("aansluitnummer") != null) {
                    gekoppeld.add(r.text("aansluitnummer").trim().toUpperCase(Locale.ROOT));
                }
                if (k.faulty(r)) {
                    continue;
                }
                String an = r.text("aansluitnummer");
                if (aansluitingen != null && an != null && !aansluitingen.contains(an.trim().toUpperCase(Locale.ROOT))) {
                    errors.add(k.cel(r, "aansluitnummer") + ": aansluitnummer " + an + " has no row in Aansluitingen");
                }
                String kvk = r.text("kvkNummer");
                if (kvk != null && !KVK.matcher(kvk.trim()).matches()) {
                    errors.add(k.cel(r, "kvkNummer") + ": kvkNummer '" + kvk + "' is not 8 digits");
                }
                if ("BEDRIJFSGROEP".equals(r.text("niveau")) && blank(r.text("bedrijfsgroep"))) {
                    errors.add(k.cel(r, "bedrijfsgroep") + ": bedrijfsgroep is required at niveau BEDRIJFSGROEP");
                }
                Integer maand = r.integer("maandCollectieveAanpassing");
                if (maand != null && (maand < 1 || maand > 12)) {
                    errors.add(k.cel(r, "maandCollectieveAanpassing") + ": maandCollectieveAanpassing " + maand
                            + " is not a month 1 to 12");
                }
            }
        }
        ParameterTable reg = org.get(ParameterSheets.Koppeling.KOPPELING_REGELINGEN.name());
        if (reg != null) {
            for (ParameterRow r : reg.rows()) {
                if (reg.faulty(r)) {
                    continue;
                }
                verwijzing(reg, r, gekoppeld, errors);
                String contract = r.text("contractnummer").trim();
                String regeling = r.text("regelingnummer");
                if (!CIJFERS.matcher(contract).matches()) {
                    errors.add(reg.cel(r, "contractnummer") + ": contractnummer '" + contract
                            + "' is not a number of at least 2 digits");
                } else if (regeling != null && !regelingnummerKlopt(contract, regeling)) {
                    errors.add(reg.cel(r, "regelingnummer") + ": regelingnummer '" + regeling.trim()
                            + "' is not the last two digits of contractnummer " + contract + " ("
                            + contract.substring(contract.length() - 2) + ")");
                }
            }
        }
        ParameterTable dn = org.get(ParameterSheets.Koppeling.KOPPELING_DEELNEMERS.name());
        if (dn != null) {
            for (ParameterRow r : dn.rows()) {
                if (dn.faulty(r)) {
                    continue;
                }
                verwijzing(dn, r, gekoppeld, errors);
                String email = r.text("email");
                if (email != null && !EMAIL.matcher(email.trim()).matches()) {
                    errors.add(dn.cel(r, "email") + ": email '" + email + "' is not an e-mail address");
                }
            }
        }
    }

    /**
     * Whether the regelingnummer equals the last two digits of the contractnummer. A number typed without its leading
     * zero (Excel shows 01 as 1 in a number cell) counts as its two-digit form.
     */
    public static boolean regelingnummerKlopt(String contractnummer, String regelingnummer) {
        if (contractnummer == null || regelingnummer == null) {
            return false;
        }
        String c = contractnummer.trim();
        String r = regelingnummer.trim();
        if (!r.matches("\\d{1,2}") || c.length() < 2) {
            return false;
        }
        return (r.length() == 1 ? "0" + r : r).equals(c.substring(c.length() - 2));
    }

    private static void verwijzing(ParameterTable t, ParameterRow r, Set<String> gekoppeld, List<String> errors) {
        String an = r.text("aansluitnummer");
        if (an != null && !gekoppeld.contains(an.trim().toUpperCase(Locale.ROOT))) {
            errors.add(t.cel(r, "aansluitnummer") + ": aansluitnummer " + an + " has no row in Koppelingen");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
