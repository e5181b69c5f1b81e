package nl.lpg.parameters;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Every workbook version in use, kept by its SHA-256 in {@code parameter_werkboek}: a process run stores the two
 * workbooks it reads (once per version), and the console stores those of its {@code --parameters} at start. So the
 * versions a run used can be shown, checked and compared with the version before, also after the files changed.
 */
public final class WerkboekArchief {

    private WerkboekArchief() {
    }

    /** Stores both workbooks of {@code set} unless their versions are stored already. */
    public static void bewaar(JdbcTemplate jdbc, ParameterSet set) {
        bewaar(jdbc, set.directory().resolve(ParameterSet.PARAMETERS_FILE), set.parameters().sha256());
        bewaar(jdbc, set.directory().resolve(ParameterSet.ORGANISATIE_FILE), set.organisatie().sha256());
    }

    private static void bewaar(JdbcTemplate jdbc, Path bestand, String sha256) {
        List<Integer> er = jdbc.queryForList("SELECT 1 FROM parameter_werkboek WHERE sha256 = ?", Integer.class, sha256);
        if (!er.isEmpty()) {
            return;
        }
        byte[] inhoud;
        try {
            inhoud = Files.readAllBytes(bestand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!sha256.equals(ParameterSet.sha256(bestand))) {
            return; // changed since it was loaded: the run that loads the new version stores that one
        }
        jdbc.update("INSERT IGNORE INTO parameter_werkboek (sha256, bestand, inhoud, eerst_gezien) VALUES (?,?,?,?)",
                sha256, bestand.getFileName().toString(), inhoud, Timestamp.valueOf(LocalDateTime.now()));
    }
}
