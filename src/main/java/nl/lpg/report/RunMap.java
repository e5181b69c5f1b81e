package nl.lpg.report;

import nl.lpg.support.Bestanden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A run's output folder appears whole or not at all: everything is written into {@code OUT/.<runId>.partial} and
 * that folder is renamed to {@code OUT/<runId>} at the end (one rename in the same file system), so a scheduler that
 * picks up {@code OUT/<runId>/totals.csv} never sees half a file. A run killed while writing leaves only the hidden
 * partial folder, which the resumed run throws away and writes again.
 */
public final class RunMap {

    /** Writes the files of one run into the folder it is given. */
    @FunctionalInterface
    public interface Schrijver {
        void schrijf(Path map) throws IOException;
    }

    private RunMap() {
    }

    /** Creates {@code out} if needed and proves a file can be written there; throws with the reason if not. */
    public static void controleerSchrijfbaar(Path out) throws IOException {
        Files.createDirectories(out);
        Path probe = Files.createTempFile(out, ".lpg-write-check-", ".tmp");
        Files.delete(probe);
    }

    public static Path schrijf(Path out, String runId, Schrijver schrijver) {
        Path doel = out.resolve(runId);
        Path partial = out.resolve("." + runId + ".partial");
        try {
            Files.createDirectories(out);
            Bestanden.verwijderBoom(partial);
            Files.createDirectories(partial);
            schrijver.schrijf(partial);
            if (Files.exists(doel)) {
                // written by an attempt that was killed after its rename: the same run, replaced whole
                Path oud = out.resolve("." + runId + ".old");
                Bestanden.verwijderBoom(oud);
                Files.move(doel, oud, StandardCopyOption.ATOMIC_MOVE);
                Bestanden.verwijderBoom(oud);
            }
            try {
                Files.move(partial, doel, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, doel);
            }
            return doel;
        } catch (IOException | RuntimeException e) {
            try {
                Bestanden.verwijderBoom(partial); // half a run folder helps nobody and takes the space a full disk lacks
            } catch (IOException ignored) {
                // the hidden partial folder is thrown away by the next attempt
            }
            throw new UncheckedIOException("writing the outputs of run " + runId + " to " + out + ": "
                    + (e instanceof IOException ? e.toString() : e.getMessage()), e instanceof IOException io ? io
                    : new IOException(e));
        }
    }
}
