package nl.lpg.support;

import java.time.LocalDate;

/** Dates written as text without a formatter or an intermediate String (issue 10: per staged row and PVP). */
public final class Datum {

    private Datum() {
    }

    /** Appends the date exactly as {@link LocalDate#toString()} writes it (yyyy-MM-dd for the years 1000-9999). */
    public static void iso(StringBuilder sb, LocalDate d) {
        int j = d.getYear();
        if (j < 1000 || j > 9999) {
            sb.append(d);
            return;
        }
        sb.append(j).append('-');
        twee(sb, d.getMonthValue());
        sb.append('-');
        twee(sb, d.getDayOfMonth());
    }

    private static void twee(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
