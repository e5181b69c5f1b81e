package nl.lpg.report;

import nl.lpg.support.Bestanden;
import nl.lpg.support.EigenDraad;
import org.apache.commons.csv.CSVFormat;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * pvp-calculations.csv in parts (issue 10). The IKV step has every PVP row of a chunk in memory when it stages it; it
 * prints them here as the output step would print them after reading them back from {@code run_pvp_calculation}, into
 * {@code OUT/.<run>.pvp-delen/<van>.csv}, and records the part in {@code run_pvp_deel} in the chunk's transaction. The
 * output step then joins the parts ({@link #schrijfBestand}): reading four million rows back was a third of the
 * database's work at 1,000,000 IKVs.
 *
 * <p>The database stays the record and the bytes stay the same: a value is printed as its column stores it (amounts
 * rounded half-up to the column's scale, as MariaDB rounds a DECIMAL) and as {@link CsvUitvoer} prints what it reads.
 * A chunk with a value the column would not store as given (too long, too large, a date outside 1000-9999) gets no
 * part. A part that is missing, of another size than recorded, or that holds an AE whose outcome the AE closing
 * changed (the status column) is read from {@code run_pvp_calculation} instead ({@code PvpCsvDelenIT} compares
 * both).</p>
 */
public final class PvpCsvDelen {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PvpCsvDelen.class);

    private PvpCsvDelen() {
    }

    /** The folder of a run's parts: hidden beside its output folder, removed once the outputs are written. */
    public static Path map(Path out, String runId) {
        return out.resolve("." + runId + ".pvp-delen");
    }

    private static Path deel(Path map, int van) {
        return map.resolve(van + ".csv");
    }

    /** How a staged value is stored and read back: a kind of column. */
    private enum Kolom { TEKST, DATUM, GETAL, BEDRAG, EXACT, STATUS, WERKBOEK }

    /**
     * The CSV's columns ({@link CsvUitvoer#PVP}, as {@link RunUitvoer#PVP_SQL} selects them): the index in a staged row
     * of {@code nl.lpg.batch.StagingWriter} (the column order of run_pvp_calculation it loads), the kind, and the
     * column's size (characters of a VARCHAR, precision and scale of a DECIMAL).
     */
    private static final int[][] KOLOMMEN = {
            {4, k(Kolom.TEKST), 20}, {5, k(Kolom.TEKST), 40}, {7, k(Kolom.TEKST), 40}, {8, k(Kolom.TEKST), 40},
            {9, k(Kolom.DATUM), 0}, {10, k(Kolom.TEKST), 40}, {11, k(Kolom.TEKST), 40}, {12, k(Kolom.DATUM), 0},
            {13, k(Kolom.TEKST), 2}, {14, k(Kolom.BEDRAG), 18, 2}, {15, k(Kolom.BEDRAG), 18, 2},
            {16, k(Kolom.BEDRAG), 18, 2}, {17, k(Kolom.EXACT), 10, 4}, {18, k(Kolom.EXACT), 7, 2},
            {19, k(Kolom.TEKST), 60}, {20, k(Kolom.GETAL), 0}, {21, k(Kolom.EXACT), 9, 4},
            {22, k(Kolom.BEDRAG), 18, 2}, {23, k(Kolom.BEDRAG), 18, 2}, {24, k(Kolom.BEDRAG), 18, 2},
            {25, k(Kolom.BEDRAG), 18, 2}, {26, k(Kolom.BEDRAG), 18, 2}, {6, k(Kolom.DATUM), 0},
            {3, k(Kolom.STATUS), 20}, {27, k(Kolom.GETAL), 0}, {28, k(Kolom.TEKST), 10}, {29, k(Kolom.BEDRAG), 18, 2},
            {30, k(Kolom.BEDRAG), 18, 2}, {31, k(Kolom.BEDRAG), 18, 2}, {32, k(Kolom.EXACT), 5, 2},
            {33, k(Kolom.WERKBOEK), 0}, {33, k(Kolom.TEKST), 40}, {34, k(Kolom.GETAL), 0},
            {35, k(Kolom.BEDRAG), 18, 2}};

    private static int k(Kolom kolom) {
        return kolom.ordinal();
    }

    /** Thrown inside {@link #tekst} when a value would not be stored as given: the chunk then has no part. */
    private static final class NietZoOpgeslagen extends Exception {
        NietZoOpgeslagen() {
            super(null, null, false, false);
        }
    }

    /**
     * The CSV records of these staged rows, exactly as the output step would print them from the database, or null
     * when a value would not be stored as given.
     */
    public static String tekst(List<Object[]> gestaged) {
        StringBuilder sb = new StringBuilder(gestaged.size() * 256);
        // The value a column had in the row before and its text: what comes from the workbook or the AE (franchise,
        // percentages, opdrachtgever, status) is the same object row after row, and is printed once (issue 10).
        Object[] vorige = new Object[KOLOMMEN.length];
        String[] vorigeTekst = new String[KOLOMMEN.length];
        try {
            for (Object[] r : gestaged) {
                for (int i = 0; i < KOLOMMEN.length; i++) {
                    int[] kolom = KOLOMMEN[i];
                    Object o = r[kolom[0]];
                    if (o instanceof BigDecimal b && kolom[1] == BEDRAG && o != vorige[i]) {
                        // an amount met for the first time: its digits go straight into the text (never quoted); a
                        // second row with the same object (a workbook amount) makes its text once, for the rows after
                        if (i > 0) {
                            sb.append(',');
                        }
                        nl.lpg.support.Getal.plain(sb, bedrag(b, kolom));
                        vorige[i] = o;
                        vorigeTekst[i] = null;
                        continue;
                    }
                    String v;
                    if (o != null && o == vorige[i] && vorigeTekst[i] != null) {
                        v = vorigeTekst[i];
                    } else {
                        v = waarde(o, SOORTEN[kolom[1]], kolom);
                        vorige[i] = o;
                        vorigeTekst[i] = v;
                    }
                    // CSVFormat prints a value as CSVPrinter does, without its lock per value; a value it would not
                    // quote (letters, digits, '.', '-' and '_', not empty) is appended whole (the format appends char by
                    // char). The same bytes (PvpCsvDelenTest).
                    if (kaal(v)) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        sb.append(v);
                    } else {
                        CSVFormat.RFC4180.print(v, sb, i == 0);
                    }
                }
                CSVFormat.RFC4180.println(sb);
            }
        } catch (NietZoOpgeslagen e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** A value RFC 4180 as Commons CSV prints it leaves unquoted: not empty, only letters, digits, '.', '-', '_'. */
    static boolean kaal(String v) {
        int n = v.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-'
                    || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static final int BEDRAG = Kolom.BEDRAG.ordinal();

    /** Kolom.values() once: it copies the array at every call. */
    private static final Kolom[] SOORTEN = Kolom.values();

    private static String waarde(Object o, Kolom kolom, int[] maat) throws NietZoOpgeslagen {
        if (o == null) {
            return "";
        }
        return switch (kolom) {
            case TEKST, STATUS -> {
                String s = o instanceof String t ? t : o instanceof java.math.BigDecimal b ? b.toPlainString()
                        : o.toString();
                if (s.codePointCount(0, s.length()) > maat[2]) {
                    throw new NietZoOpgeslagen();
                }
                yield kolom == Kolom.STATUS ? s.toLowerCase(Locale.ROOT) : s;
            }
            case WERKBOEK -> "parameters.xlsx";
            case DATUM -> {
                LocalDate d = o instanceof LocalDate l ? l : o instanceof java.sql.Date s ? s.toLocalDate() : null;
                if (d == null || d.getYear() < 1000 || d.getYear() > 9999) {
                    throw new NietZoOpgeslagen();
                }
                yield d.toString();
            }
            case GETAL -> {
                if (!(o instanceof Integer || o instanceof Long || o instanceof Short)) {
                    throw new NietZoOpgeslagen();
                }
                long v = ((Number) o).longValue();
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw new NietZoOpgeslagen();
                }
                yield Long.toString(v);
            }
            case BEDRAG, EXACT -> {
                if (!(o instanceof BigDecimal b)) {
                    throw new NietZoOpgeslagen();
                }
                yield (kolom == Kolom.BEDRAG ? bedrag(b, maat) : exact(b, maat)).toPlainString();
            }
        };
    }

    /** An amount as its DECIMAL(p,2) column stores it ({@link #opgeslagen}), printed with its two decimals. */
    private static BigDecimal bedrag(BigDecimal b, int[] maat) throws NietZoOpgeslagen {
        return opgeslagen(b, maat).setScale(2, RoundingMode.HALF_UP);
    }

    /** A factor as its DECIMAL(p,s) column stores it and the database returns it, without trailing zeros. */
    private static BigDecimal exact(BigDecimal b, int[] maat) throws NietZoOpgeslagen {
        return opgeslagen(b, maat).stripTrailingZeros();
    }

    /** As DECIMAL(p,s) stores it: rounded half away from zero to s decimals, at most p - s digits before the point. */
    private static BigDecimal opgeslagen(BigDecimal b, int[] maat) throws NietZoOpgeslagen {
        BigDecimal opgeslagen = b.setScale(maat[3], RoundingMode.HALF_UP);
        if (opgeslagen.precision() - opgeslagen.scale() > maat[2] - maat[3]) {
            throw new NietZoOpgeslagen();
        }
        return opgeslagen;
    }

    /**
     * Writes the part of the units {@code van..tot} (one chunk), replacing what an interrupted attempt of the chunk
     * left; returns its size in bytes, or -1 when the chunk has no part. The caller records it in the chunk's
     * transaction, after the file is complete: a recorded part always has its file, unless someone removed it. A
     * part that cannot be written (a full disk) is the caller's to pass by: the output step reads those rows.
     */
    public static long schrijfDeel(Path map, int van, String tekst) {
        if (tekst == null) {
            return -1;
        }
        byte[] bytes = tekst.getBytes(StandardCharsets.UTF_8);
        Path tmp = map.resolve(van + ".csv.tmp");
        try {
            Files.createDirectories(map);
            Files.write(tmp, bytes);
            Files.move(tmp, deel(map, van), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes.length;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a full disk: the next attempt replaces it
            }
            throw new UncheckedIOException("writing a part of pvp-calculations.csv in " + map, e);
        }
    }

    /** A recorded part. */
    private record Deel(int van, int tot, int aeVan, int aeTot, long bytes) {
    }

    /**
     * Writes pvp-calculations.csv from the run's recorded parts, reading from {@code run_pvp_calculation} what no
     * usable part holds (in volgnummer order, the same bytes as {@link RunUitvoer#PVP_SQL} over the whole run).
     * Returns false, writing nothing, when the run has no parts (a run staged by worker processes, or before V18).
     */
    public static boolean schrijfBestand(JdbcTemplate jdbc, Path file, String runId, Path map) {
        if (!Files.isDirectory(map)) {
            return false;
        }
        List<Deel> delen = jdbc.query("SELECT van, tot, ae_van, ae_tot, bytes FROM run_pvp_deel WHERE run_id = ?"
                + " ORDER BY van", (rs, i) -> new Deel(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.getLong(5)), runId);
        if (delen.isEmpty()) {
            return false;
        }
        // the AE closing gave the IKVs of these AEs its own outcome: their status column is read from the database
        Set<Integer> veranderd = new java.util.HashSet<>(jdbc.queryForList("SELECT ae_index FROM run_ae"
                + " WHERE run_id = ? AND status <> 'ACCEPTED'", Integer.class, runId));
        Integer laatste = jdbc.queryForObject("SELECT MAX(volgnummer) FROM run_pvp_calculation WHERE run_id = ?",
                Integer.class, runId);
        int eind = laatste == null ? 0 : laatste;
        var soorten = CsvUitvoer.soorten(CsvUitvoer.PVP_SOORTEN);
        Path uitDb = file.resolveSibling(file.getFileName() + ".db");
        try (FileChannel uit = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            StringBuilder kop = new StringBuilder();
            CSVFormat.RFC4180.printRecord(kop, (Object[]) CsvUitvoer.PVP);
            schrijfAlles(uit, java.nio.ByteBuffer.wrap(kop.toString().getBytes(StandardCharsets.UTF_8)));
            int volgende = 1;
            int gebruikt = 0;
            int uitDatabase = 0;
            for (Deel d : delen) {
                Path f = deel(map, d.van());
                boolean bruikbaar = d.van() >= volgende && Files.isRegularFile(f) && Files.size(f) == d.bytes()
                        && veranderd.stream().noneMatch(a -> a >= d.aeVan() && a <= d.aeTot());
                if (!bruikbaar) {
                    continue; // read from the database with the gap it leaves
                }
                if (d.van() > volgende) {
                    uitDatabase(jdbc, uitDb, uit, soorten, runId, volgende, d.van() - 1);
                    uitDatabase++;
                }
                EigenDraad.voegToe(f, uit);
                // the file and its parts take no more room than the file alone (a resumed step reads a gone part
                // from the database)
                Files.delete(f);
                gebruikt++;
                volgende = d.tot() + 1;
            }
            if (volgende <= eind) {
                uitDatabase(jdbc, uitDb, uit, soorten, runId, volgende, eind);
                uitDatabase++;
            }
            log.info("pvp-calculations.csv: {} of {} parts printed by the IKV step, {} stretch(es) read from the"
                    + " database", gebruikt, delen.size(), uitDatabase);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static void uitDatabase(JdbcTemplate jdbc, Path tmp, FileChannel uit, CsvUitvoer.Soort[] soorten,
                                    String runId, int van, int tot) throws IOException {
        CsvUitvoer.schrijf(jdbc, tmp, false, CsvUitvoer.PVP, soorten, RunUitvoer.PVP_SQL, runId, van, tot);
        EigenDraad.voegToe(tmp, uit);
        Files.delete(tmp);
    }

    private static void schrijfAlles(FileChannel uit, java.nio.ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            uit.write(b);
        }
    }

    /** Removes a run's parts once its outputs are written. */
    public static void ruimOp(Path map) {
        try {
            Bestanden.verwijderBoom(map);
        } catch (IOException e) {
            // left for the next run of the same delivery, which writes its parts anew
        }
    }
}
