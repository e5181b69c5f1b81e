package nl.lpg.console;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's console users: one per role (demo-reviewer, demo-auditor, demo-operator), each with a new random
 * password every time the demo runs. Written next to the demo's database: {@code DATA/console-users.yaml} (the
 * hashes, which serve reads for that --data) and {@code DATA/console-logins.txt} (the passwords, mode 0600).
 */
public final class DemoGebruikers {

    public static final String LOGINS = "console-logins.txt";

    private DemoGebruikers() {
    }

    /** Writes both files and returns user → password. */
    public static Map<String, String> schrijf(Path data) throws IOException {
        SecureRandom r = new SecureRandom();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
        Map<String, String> logins = new LinkedHashMap<>();
        StringBuilder yaml = new StringBuilder("# The demo's console users (bin/lpg demo writes this file anew every time;"
                + " passwords in " + LOGINS + ").\nusers:\n");
        StringBuilder txt = new StringBuilder("# The demo's console logins (user password role); new at every demo run.\n");
        for (Rol rol : Rol.values()) {
            String naam = "demo-" + rol.name().toLowerCase(java.util.Locale.ROOT);
            byte[] b = new byte[12];
            r.nextBytes(b);
            String pw = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            logins.put(naam, pw);
            yaml.append("  - name: ").append(naam).append("\n    password: \"").append(bcrypt.encode(pw))
                    .append("\"\n    roles: [").append(rol.name().toLowerCase(java.util.Locale.ROOT)).append("]\n");
            txt.append(naam).append(' ').append(pw).append(' ').append(rol.name().toLowerCase(java.util.Locale.ROOT))
                    .append('\n');
        }
        Files.writeString(data.resolve("console-users.yaml"), yaml);
        Path f = data.resolve(LOGINS);
        Files.deleteIfExists(f);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(f, txt, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        return logins;
    }
}
