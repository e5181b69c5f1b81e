package nl.lpg.support;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a chunk's rows with {@code LOAD DATA LOCAL INFILE} from memory: MariaDB's bulk load path, which does not
 * execute a statement per row (the staging of every PVP and the stand's IKPs and PVPs are most of what a run writes).
 * Where the server does not allow it ({@code local_infile=OFF}) the same rows go as a batched statement, with the
 * same result. A plain load ({@link Modus#NIEUW}) must store every row: MariaDB skips a duplicate key of a LOCAL load
 * with a warning, which here is an error, never a silent loss.
 */
public final class LaadData {

    private LaadData() {
    }

    /** How a row whose key exists is treated: replaced (staging, restartable), or an error (the stand). */
    public enum Modus { VERVANG, NIEUW }

    /**
     * Null until the first load tells whether the server allows it; then remembered for the process.
     * {@code -Dlpg.bulk-load=false} takes the batched statements from the start (to compare the two in {@code bench}).
     */
    private static final AtomicReference<Boolean> TOEGESTAAN = new AtomicReference<>(
            "false".equalsIgnoreCase(System.getProperty("lpg.bulk-load")) ? Boolean.FALSE : null);

    /** True once a load went by LOAD DATA, false when the batched statements are used, null before the first. */
    public static Boolean bulkLoad() {
        return TOEGESTAAN.get();
    }

    public static void laad(JdbcTemplate jdbc, String tabel, String kolommen, List<Object[]> rijen, Modus modus) {
        if (rijen.isEmpty()) {
            return;
        }
        if (!Boolean.FALSE.equals(TOEGESTAAN.get())) {
            Integer geladen = jdbc.execute((ConnectionCallback<Integer>) c -> {
                try (Statement st = c.createStatement()) {
                    org.mariadb.jdbc.Statement m;
                    try {
                        m = st.unwrap(org.mariadb.jdbc.Statement.class);
                    } catch (SQLException e) {
                        return null; // not the MariaDB driver
                    }
                    m.setLocalInfileInputStream(new ByteArrayInputStream(tekst(tabel, rijen)));
                    int n = st.executeUpdate("LOAD DATA LOCAL INFILE 'chunk' " + (modus == Modus.VERVANG ? "REPLACE " : "")
                            + "INTO TABLE " + tabel + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY"
                            + " '\\\\' LINES TERMINATED BY '\\n' (" + kolommen + ")");
                    TOEGESTAAN.set(Boolean.TRUE);
                    return n;
                } catch (SQLException e) {
                    if (TOEGESTAAN.get() == null && niettoegestaan(e)) {
                        return null;
                    }
                    throw e;
                }
            });
            if (geladen != null) {
                if (modus == Modus.NIEUW && geladen != rijen.size()) {
                    throw new IllegalStateException(tabel + ": " + rijen.size() + " rows loaded as " + geladen
                            + " (a key stored twice)");
                }
                return;
            }
            TOEGESTAAN.set(Boolean.FALSE);
        }
        String vraag = String.join(",", Collections.nCopies(kolommen.split(",").length, "?"));
        jdbc.batchUpdate((modus == Modus.VERVANG ? "REPLACE" : "INSERT") + " INTO " + tabel + " (" + kolommen
                + ") VALUES (" + vraag + ")", rijen);
    }

    private static boolean niettoegestaan(SQLException e) {
        // 1148: "The used command is not allowed with this MariaDB version" (local_infile off), 4166: client side
        return e.getErrorCode() == 1148 || e.getErrorCode() == 4166
                || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("local infile");
    }

    /** Per table, the characters per row of its last load: the next load's buffer is made that size at once. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> TEKENS_PER_RIJ =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] tekst(String tabel, List<Object[]> rijen) {
        // growing the buffer step by step copied it over and over (3% of the engine's time, issue 10)
        int perRij = TEKENS_PER_RIJ.getOrDefault(tabel, 128);
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, (long) rijen.size() * perRij));
        schrijf(sb, rijen);
        TEKENS_PER_RIJ.put(tabel, sb.length() / rijen.size() + 16);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows as the load reads them: tab between fields, \N for null, backslash escapes. */
    static byte[] tekst(List<Object[]> rijen) {
        StringBuilder sb = new StringBuilder(rijen.size() * 128);
        schrijf(sb, rijen);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void schrijf(StringBuilder sb, List<Object[]> rijen) {
        // The text a column's value had in the row before: what every row of a chunk shares (the run id, the AE's
        // opdrachtgever and dates) is the same object, and is turned into text once (issue 10). Amounts are written
        // digit by digit (Getal), which costs less than a look-up.
        Object[] vorige = new Object[0];
        String[] vorigeTekst = new String[0];
        for (Object[] r : rijen) {
            if (r.length > vorige.length) {
                vorige = java.util.Arrays.copyOf(vorige, r.length);
                vorigeTekst = java.util.Arrays.copyOf(vorigeTekst, r.length);
            }
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                Object o = r[i];
                if (o instanceof String || o instanceof java.time.LocalDate) {
                    if (o != vorige[i]) {
                        vorige[i] = o;
                        vorigeTekst[i] = tekstVan(o);
                    }
                    sb.append(vorigeTekst[i]);
                } else {
                    veld(sb, o);
                }
            }
            sb.append('\n');
        }
    }

    /** A String or LocalDate as {@link #veld} writes it. */
    private static String tekstVan(Object o) {
        if (o instanceof String s) {
            return schoon(s) ? s : veldAlsTekst(s);
        }
        return veldAlsTekst(o);
    }

    private static String veldAlsTekst(Object o) {
        StringBuilder b = new StringBuilder(16);
        veld(b, o);
        return b.toString();
    }

    /** No character the load would read as an escape or a separator. */
    private static boolean schoon(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
                return false;
            }
        }
        return true;
    }

    private static void veld(StringBuilder sb, Object o) {
        // the common kinds written without an intermediate String (a tenth of the engine's time went here, issue 10)
        if (o == null) {
            sb.append("\\N");
        } else if (o instanceof String s) {
            tekstVeld(sb, s);
        } else if (o instanceof Integer i) {
            sb.append(i.intValue());
        } else if (o instanceof Long l) {
            sb.append(l.longValue());
        } else if (o instanceof java.time.LocalDate d) {
            Datum.iso(sb, d);
        } else if (o instanceof BigDecimal d) {
            Getal.plain(sb, d);
        } else if (o instanceof Boolean b) {
            sb.append(b ? '1' : '0');
        } else if (o instanceof Number) {
            sb.append(o);
        } else if (o instanceof java.sql.Date d) {
            Datum.iso(sb, d.toLocalDate());
        } else {
            tekstVeld(sb, o.toString());
        }
    }

    private static void tekstVeld(StringBuilder sb, String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
                break;
            }
            i++;
        }
        if (i == n) {
            sb.append(s); // whole: append(s, 0, i) copies char by char
            return;
        }
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
    }
}
