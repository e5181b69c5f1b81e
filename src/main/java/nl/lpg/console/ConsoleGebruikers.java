package nl.lpg.console;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The console's users from the installation's configuration, a YAML file ({@code config/console-users.yaml}):
 * <pre>
 * users:
 *   - name: anna
 *     password: "$2a$12$..."      # bcrypt, from: bin/lpg hash-password
 *     roles: [reviewer]
 * </pre>
 * Only bcrypt hashes are accepted (never a password in clear). Every fault is refused at start with the file named.
 */
public final class ConsoleGebruikers {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final Pattern NAAM = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Set<String> SLEUTELS = Set.of("name", "password", "roles");

    /** A users file that cannot be used: the message names the file and every fault. */
    public static class OngeldigeGebruikers extends RuntimeException {
        public OngeldigeGebruikers(String message) {
            super(message);
        }
    }

    private ConsoleGebruikers() {
    }

    public static List<UserDetails> lees(Path bestand) {
        Object root;
        try (Reader r = Files.newBufferedReader(bestand)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException e) {
            throw new OngeldigeGebruikers(bestand + ": cannot read (" + e.getMessage() + ")");
        } catch (YAMLException e) {
            throw new OngeldigeGebruikers(bestand + ": not YAML (" + e.getMessage().lines().findFirst().orElse("")
                    + ")");
        }
        List<String> fouten = new ArrayList<>();
        List<UserDetails> users = new ArrayList<>();
        Map<String, Boolean> gezien = new LinkedHashMap<>();
        Object lijst = root instanceof Map<?, ?> m ? m.get("users") : null;
        if (!(lijst instanceof List<?> l)) {
            throw new OngeldigeGebruikers(bestand + ": no 'users:' list");
        }
        int i = 0;
        for (Object o : l) {
            i++;
            String waar = bestand.getFileName() + ": user " + i;
            if (!(o instanceof Map<?, ?> u)) {
                fouten.add(waar + ": not a mapping with name, password and roles");
                continue;
            }
            for (Object k : u.keySet()) {
                if (!SLEUTELS.contains(String.valueOf(k))) {
                    fouten.add(waar + ": unknown key '" + k + "'");
                }
            }
            String naam = u.get("name") == null ? null : String.valueOf(u.get("name"));
            if (naam == null || !NAAM.matcher(naam).matches()) {
                fouten.add(waar + ": name must be 1-64 letters, digits or . _ @ -");
                continue;
            }
            waar = bestand.getFileName() + ": user '" + naam + "'";
            if (gezien.put(naam, true) != null) {
                fouten.add(waar + ": appears twice");
            }
            String hash = u.get("password") == null ? "" : String.valueOf(u.get("password")).strip();
            if (hash.startsWith("{bcrypt}")) {
                hash = hash.substring("{bcrypt}".length());
            }
            if (!BCRYPT.matcher(hash).matches()) {
                fouten.add(waar + ": password must be a bcrypt hash (bin/lpg hash-password), never the password itself");
            }
            List<String> rollen = new ArrayList<>();
            Object r = u.get("roles");
            if (r instanceof List<?> rl && !rl.isEmpty()) {
                for (Object x : rl) {
                    try {
                        rollen.add(Rol.lees(String.valueOf(x)).name());
                    } catch (IllegalArgumentException e) {
                        fouten.add(waar + ": " + e.getMessage());
                    }
                }
            } else {
                fouten.add(waar + ": roles must be a list of reviewer, auditor, operator");
            }
            users.add(User.withUsername(naam).password("{bcrypt}" + hash).roles(rollen.toArray(String[]::new)).build());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeGebruikers(bestand + ": " + String.join("; ", fouten));
        }
        if (users.isEmpty()) {
            throw new OngeldigeGebruikers(bestand + ": no users (add one with a hash from bin/lpg hash-password)");
        }
        return users;
    }
}
