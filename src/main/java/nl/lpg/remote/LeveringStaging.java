package nl.lpg.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The delivery file in the shared database, so a worker on another machine reads exactly the bytes the manager
 * checked (no shared file system needed). The manager {@link #stage stages} it by SHA-256 in blocks of 4 MiB; a
 * worker {@link #lokaal copies} it once to its own disk, checks the SHA-256 and reads it there.
 */
public class LeveringStaging {

    private static final Logger log = LoggerFactory.getLogger(LeveringStaging.class);
    static final int BLOK = 4 * 1024 * 1024;

    private final JdbcTemplate jdbc;

    public LeveringStaging(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the file with this SHA-256 is staged whole. */
    public boolean gestaged(String sha256) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM remote_levering WHERE sha256 = ?", Integer.class, sha256) > 0;
    }

    /**
     * Stages {@code file} (whose SHA-256 the run checked: {@code sha256}) unless it is there already; removes the files
     * staged for runs that are no longer open.
     */
    public void stage(Path file, String sha256) {
        ruimOp(sha256);
        if (gestaged(sha256)) {
            return;
        }
        long t0 = System.nanoTime();
        jdbc.update("DELETE FROM remote_levering_blok WHERE sha256 = ?", sha256); // a stage cut off half-way
        MessageDigest sha = sha256();
        long grootte = 0;
        int blokken = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BLOK];
            for (int n; (n = in.readNBytes(buf, 0, BLOK)) > 0; ) {
                sha.update(buf, 0, n);
                jdbc.update("INSERT INTO remote_levering_blok (sha256, blok, inhoud) VALUES (?,?,?)", sha256,
                        blokken++, n == BLOK ? buf : Arrays.copyOf(buf, n));
                grootte += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the delivery " + file + " to stage it for the workers", e);
        }
        String gelezen = HexFormat.of().formatHex(sha.digest());
        if (!gelezen.equalsIgnoreCase(sha256)) {
            jdbc.update("DELETE FROM remote_levering_blok WHERE sha256 = ?", sha256);
            throw new IllegalStateException("the delivery " + file.getFileName() + " changed after it was checked"
                    + " (SHA-256 " + sha256.substring(0, 12) + "..., now " + gelezen.substring(0, 12) + "...)");
        }
        jdbc.update("INSERT INTO remote_levering (sha256, grootte, blokken, opgeslagen) VALUES (?,?,?,?)", sha256,
                grootte, blokken, Timestamp.valueOf(LocalDateTime.now()));
        log.info("Delivery {} staged for the workers: {} bytes in {} block(s), {} ms", file.getFileName(), grootte,
                blokken, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Deletes the staged files of runs that are no longer open (completed, refused), except {@code behalve}. */
    void ruimOp(String behalve) {
        List<String> weg = jdbc.queryForList("SELECT sha256 FROM remote_levering WHERE sha256 <> ? AND sha256 NOT IN"
                + " (SELECT input_sha256 FROM lpg_run WHERE command = 'process' AND status IN ('RUNNING', 'FAILED')"
                + " AND input_sha256 IS NOT NULL)", String.class, behalve);
        for (String s : weg) {
            jdbc.update("DELETE FROM remote_levering WHERE sha256 = ?", s);
            jdbc.update("DELETE FROM remote_levering_blok WHERE sha256 = ?", s);
        }
    }

    /**
     * The staged file with this SHA-256 on this machine's disk under {@code cache} (copied there on first use, checked
     * against the SHA-256, moved into place whole). Copies of files no longer staged are deleted.
     */
    public synchronized Path lokaal(String sha256, Path cache) {
        Path doel = cache.resolve(sha256 + ".xml");
        try {
            maakPrive(cache);
            Long grootte = jdbc.query("SELECT grootte FROM remote_levering WHERE sha256 = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, sha256);
            if (Files.isRegularFile(doel) && (grootte == null || Files.size(doel) == grootte)) {
                return doel; // copied before (and checked then); a run whose file is gone from the database ended
            }
            if (grootte == null) {
                throw new IllegalStateException("the delivery with SHA-256 " + sha256.substring(0, 12)
                        + "... is not staged in the database; the manager stages it when it starts a partitioned step");
            }
            ruimCacheOp(cache, sha256);
            long t0 = System.nanoTime();
            Path tmp = Files.createTempFile(cache, sha256.substring(0, 12), ".part");
            MessageDigest sha = sha256();
            try (OutputStream out = Files.newOutputStream(tmp)) {
                int blokken = jdbc.queryForObject("SELECT blokken FROM remote_levering WHERE sha256 = ?",
                        Integer.class, sha256);
                for (int i = 0; i < blokken; i++) {
                    byte[] b = jdbc.queryForObject(
                            "SELECT inhoud FROM remote_levering_blok WHERE sha256 = ? AND blok = ?",
                            byte[].class, sha256, i);
                    sha.update(b);
                    out.write(b);
                }
            }
            String gelezen = HexFormat.of().formatHex(sha.digest());
            if (!gelezen.equalsIgnoreCase(sha256) || Files.size(tmp) != grootte) {
                Files.deleteIfExists(tmp);
                throw new IllegalStateException("the staged delivery " + sha256.substring(0, 12)
                        + "... read back with another SHA-256 (" + gelezen.substring(0, 12) + "...)");
            }
            Files.move(tmp, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("Delivery {}... copied from the database to {}: {} bytes, {} ms", sha256.substring(0, 12), cache,
                    grootte, (System.nanoTime() - t0) / 1_000_000);
            return doel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the staged delivery to " + cache, e);
        }
    }

    /** Deletes the copies (and half copies) of files no longer staged: they hold personal data. */
    private void ruimCacheOp(Path cache, String behalve) throws IOException {
        Set<String> gestaged = new HashSet<>(jdbc.queryForList("SELECT sha256 FROM remote_levering", String.class));
        try (Stream<Path> s = Files.list(cache)) {
            for (Path p : s.toList()) {
                String naam = p.getFileName().toString();
                String sha = naam.endsWith(".xml") ? naam.substring(0, naam.length() - 4) : null;
                boolean half = naam.endsWith(".part") && !naam.startsWith(behalve.substring(0, 12));
                if ((sha != null && !sha.equals(behalve) && !gestaged.contains(sha)) || half) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void maakPrive(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
