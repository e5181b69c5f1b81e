package nl.lpg.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tools a test may use where the machine has them (soffice), found on the PATH; null where absent. */
public final class Programmas {

    private Programmas() {
    }

    public static Path opPad(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, exe);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
