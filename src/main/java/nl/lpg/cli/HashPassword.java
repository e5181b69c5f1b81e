package nl.lpg.cli;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code hash-password}: the bcrypt hash of a password for the console's users file. The password is read from the
 * terminal without echo (twice), or as the first line of stdin when there is no terminal; it is never an argument (a
 * shell history and {@code ps} would keep it). Prints the hash alone, or with {@code --user NAME --role ROLE} the
 * lines of a users-file entry.
 */
@Command(name = "hash-password", description = "Print the bcrypt hash of a password (read without echo) for config/console-users.yaml.")
public class HashPassword implements Callable<Integer> {

    static final int MINIMUM = 12;

    @Option(names = "--user", paramLabel = "NAME", description = "Print a users-file entry for this user (with --role).")
    String user;
    @Option(names = "--role", paramLabel = "ROLE", split = ",", description = "reviewer, auditor or operator (several: comma-separated).")
    String[] roles;
    @Option(names = "--strength", description = "bcrypt cost (default: ${DEFAULT-VALUE}).")
    int strength = 12;

    @Override
    public Integer call() throws IOException {
        if (user != null && (roles == null || roles.length == 0) || user == null && roles != null) {
            throw new OngeldigeOptie("--user and --role go together");
        }
        if (roles != null) {
            for (String r : roles) {
                try {
                    nl.lpg.console.Rol.lees(r);
                } catch (IllegalArgumentException e) {
                    throw new OngeldigeOptie("--role: " + e.getMessage());
                }
            }
        }
        char[] pw;
        Console c = System.console();
        if (c != null) {
            pw = c.readPassword("Password: ");
            char[] nog = c.readPassword("Again: ");
            if (pw == null || nog == null || !Arrays.equals(pw, nog)) {
                throw new OngeldigeOptie("the two passwords differ");
            }
        } else {
            String l = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            pw = l == null ? new char[0] : l.toCharArray();
        }
        if (pw.length < MINIMUM) {
            throw new OngeldigeOptie("a password has at least " + MINIMUM + " characters");
        }
        String hash = new BCryptPasswordEncoder(strength).encode(new String(pw));
        Arrays.fill(pw, ' ');
        if (user == null) {
            System.out.println(hash);
        } else {
            System.out.println("  - name: " + user + "\n    password: \"" + hash + "\"\n    roles: ["
                    + String.join(", ", Arrays.stream(roles).map(String::strip).toList()) + "]");
        }
        return ExitCodes.DONE;
    }
}
