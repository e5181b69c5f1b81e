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

    @Option(names = "--brp", description = "BRP extract (CSV bsn;geboortedatum;overlijdensdatum) for the rules that need the BRP; without it they are reported as not evaluated.")
    Path brp;

    @Option(names = "--db-url", description = "JDBC URL of an external MariaDB instead of the embedded one.")
    String dbUrl;

    LocalDate peildatum() {
        return peildatum == null ? LocalDate.now() : peildatum;
    }
}
