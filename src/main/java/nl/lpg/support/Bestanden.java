package nl.lpg.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File plumbing every capability uses. */
public final class Bestanden {

    private Bestanden() {
    }

    /** Deletes a folder with everything in it; nothing happens where it does not exist. */
    public static void verwijderBoom(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
