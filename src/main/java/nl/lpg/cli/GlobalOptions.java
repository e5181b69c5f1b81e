package nl.lpg.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** Options every command takes (CONTRACT.md section 3). */
public class GlobalOptions {
    @Option(names = "--parameters", description = "Directory with parameters.xlsx and organisatie.xlsx (default: ${DEFAULT-VALUE}).")
    Path parameters = Path.of("parameters-xlsx");

    @Option(names = "--data", description = "Where the embedded database keeps the stand (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("var");

    @Option(names = "--out", description = "Where run outputs go (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--peildatum", description = "The systeemdatum of the rules, YYYY-MM-DD (default: today).")
    LocalDate peildatum;

    @Option(names = "--brp", description = "BRP extract (CSV, see README) for the rules that need the BRP: imported as by import-brp FILE (skipped when it is the file imported last); without a BRP those rules are reported as not evaluated.")
    Path brp;

    @Option(names = "--brp-url", description = "Base URL of the Haal Centraal BRP Personen Bevragen API (POST URL/personen); overrides an imported BRP extract for this command.")
    String brpUrl;

    @Option(names = "--brp-api-key-file", description = "File holding the API key for --brp-url (sent as X-API-KEY).")
    Path brpApiKeyFile;

    @Option(names = "--db-url", defaultValue = "${env:LPG_DB_URL}",
            description = "JDBC URL of an external MariaDB instead of the embedded one (default: the environment's LPG_DB_URL, which serve sets for a job on its console's --data).")
    String dbUrl;

    /** The options of the external sources, checked before the database starts (exit 2 when unusable). */
    void controleerBronnen() {
        if (brp != null && !java.nio.file.Files.isReadable(brp)) {
            throw new OngeldigeOptie("--brp " + brp + ": file not readable");
        }
        if (brpUrl != null) {
            try {
                java.net.URI u = new java.net.URI(brpUrl.trim());
                if (!"https".equalsIgnoreCase(u.getScheme()) && !"http".equalsIgnoreCase(u.getScheme())
                        || u.getHost() == null) {
                    throw new OngeldigeOptie("--brp-url " + brpUrl + ": not an http(s) URL");
                }
            } catch (java.net.URISyntaxException e) {
                throw new OngeldigeOptie("--brp-url: not a URL (" + e.getReason() + ")");
            }
        }
        if (brpApiKeyFile != null && !java.nio.file.Files.isReadable(brpApiKeyFile)) {
            throw new OngeldigeOptie("--brp-api-key-file " + brpApiKeyFile + ": file not readable");
        }
        if (brpApiKeyFile != null && brpUrl == null) {
            throw new OngeldigeOptie("--brp-api-key-file needs --brp-url");
        }
    }

    /** A fault in an external source's file: unusable input (exit 2) with its line, else the error as it is. */
    static RuntimeException bronFout(String optie, Path bestand, Exception e) {
        if (e instanceof IllegalArgumentException) {
            return new OngeldigeOptie(optie + " " + bestand + ": " + e.getMessage());
        }
        return e instanceof RuntimeException r ? r : new java.io.UncheckedIOException((java.io.IOException) e);
    }

    LocalDate peildatum() {
        return peildatum == null ? LocalDate.now() : peildatum;
    }
}
