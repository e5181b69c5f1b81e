package nl.lpg.bronnen;

import nl.lpg.rules.extern.ExterneBron;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The imports of the external sources: the table {@code externe_bron_import} says which source a run has (a row means
 * configured) and which file it came from; {@link #vervang} fills a copy of a source's table and swaps it in at once.
 */
@Component
public class BronImports {

    /** The last import of a source. */
    public record Import(ExterneBron bron, String bestand, String sha256, long aantal, LocalDateTime geimporteerd) {
    }

    /** Rows handed to the database in batches while a file is streamed. */
    public interface Rijen {
        void voegToe(Object... waarden);
    }

    /** Streams a file into the rows; throws on a fault in the file. */
    public interface Vuller {
        long vul(Rijen rijen) throws IOException;
    }

    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    public BronImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Import> laatste(ExterneBron bron) {
        return jdbc.query("SELECT bestand, sha256, aantal, geimporteerd FROM externe_bron_import WHERE bron = ?",
                (rs, i) -> new Import(bron, rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toLocalDateTime()), bron.name()).stream().findFirst();
    }

    /**
     * Replaces the whole content of {@code tabel} with what {@code vuller} streams: a copy of the table is filled in
     * batches and swapped in with one RENAME TABLE, then the import is recorded. A fault in the file leaves the table
     * and the record as they were.
     */
    public long vervang(ExterneBron bron, Path bestand, String tabel, List<String> kolommen, Vuller vuller)
            throws IOException {
        String nieuw = tabel + "_nieuw";
        String oud = tabel + "_oud";
        jdbc.execute("DROP TABLE IF EXISTS " + nieuw);
        jdbc.execute("DROP TABLE IF EXISTS " + oud);
        jdbc.execute("CREATE TABLE " + nieuw + " LIKE " + tabel);
        String sql = "REPLACE INTO " + nieuw + " (" + String.join(", ", kolommen) + ") VALUES ("
                + "?,".repeat(kolommen.size() - 1) + "?)";
        List<Object[]> batch = new ArrayList<>(BATCH);
        long aantal;
        try {
            aantal = vuller.vul(waarden -> {
                batch.add(waarden);
                if (batch.size() >= BATCH) {
                    jdbc.batchUpdate(sql, batch);
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(sql, batch);
            }
        } catch (IOException | RuntimeException e) {
            jdbc.execute("DROP TABLE IF EXISTS " + nieuw);
            throw e;
        }
        jdbc.execute("RENAME TABLE " + tabel + " TO " + oud + ", " + nieuw + " TO " + tabel);
        jdbc.execute("DROP TABLE " + oud);
        jdbc.update("REPLACE INTO externe_bron_import (bron, bestand, sha256, aantal, geimporteerd) VALUES (?,?,?,?,?)",
                bron.name(), bestand.toAbsolutePath().normalize().toString(), sha256(bestand), aantal,
                Timestamp.valueOf(LocalDateTime.now()));
        return aantal;
    }

    public static String sha256(Path bestand) throws IOException {
        try (InputStream in = Files.newInputStream(bestand)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
