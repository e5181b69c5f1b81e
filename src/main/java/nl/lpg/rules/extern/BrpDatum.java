package nl.lpg.rules.extern;

import java.time.LocalDate;

/**
 * A date as the BRP holds it: any of day, month and year may be unknown (0), as in the BRP's "00-00-jjjj" or the Haal
 * Centraal types {@code JaarMaandDatum}, {@code JaarDatum} and {@code DatumOnbekend}. Written {@code JJJJ-MM-DD} with
 * {@code 00} (or {@code 0000}) for an unknown part, e.g. {@code 1980-05-00}.
 */
public record BrpDatum(int jaar, int maand, int dag) {

    public static final BrpDatum ONBEKEND = new BrpDatum(0, 0, 0);

    public BrpDatum {
        if (jaar < 0 || maand < 0 || maand > 12 || dag < 0 || dag > 31) {
            throw new IllegalArgumentException("geen BRP-datum (JJJJ-MM-DD, 00 voor een onbekend deel)");
        }
        if (jaar > 0 && maand > 0 && dag > 0) {
            LocalDate.of(jaar, maand, dag); // a full date must exist
        }
    }

    public static BrpDatum van(LocalDate d) {
        return d == null ? null : new BrpDatum(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** Parses {@code JJJJ-MM-DD} (parts may be 0) or {@code JJJJMMDD}; blank is null. */
    public static BrpDatum parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new BrpDatum(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
                        Integer.parseInt(t.substring(8, 10)));
            }
            if (t.matches("\\d{8}")) {
                return new BrpDatum(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                        Integer.parseInt(t.substring(6, 8)));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException("geen BRP-datum (JJJJ-MM-DD, 00 voor een onbekend deel)");
    }

    public boolean volledig() {
        return jaar > 0 && maand > 0 && dag > 0;
    }

    /** The date when every part is known, else null. */
    public LocalDate alsDatum() {
        return volledig() ? LocalDate.of(jaar, maand, dag) : null;
    }

    /**
     * BR64 "beperkte geboortedatum": a date delivered is valid against this BRP date when the parts the BRP knows are
     * the same; a wholly unknown BRP date matches any date. A null date never matches.
     */
    public boolean matcht(LocalDate d) {
        return d != null && (jaar == 0 || jaar == d.getYear()) && (maand == 0 || maand == d.getMonthValue())
                && (dag == 0 || dag == d.getDayOfMonth());
    }

    @Override
    public String toString() {
        return String.format("%04d-%02d-%02d", jaar, maand, dag);
    }
}
