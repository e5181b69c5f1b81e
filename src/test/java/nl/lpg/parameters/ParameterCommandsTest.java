package nl.lpg.parameters;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** check-parameters and diff-parameters: output and exit codes. */
class ParameterCommandsTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream o() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private PrintStream e() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("check-parameters on valid workbooks prints the summary and exits 0")
    void checkValid() {
        assertThat(ParameterCommands.checkParameters(Path.of("parameters-xlsx"), o(), e())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Parameters in parameters-xlsx: valid")
                .contains("Productvarianten");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @DisplayName("check-parameters on a broken workbook prints every fault, one line on stderr, exits 2")
    void checkBroken() {
        VoorbeeldWerkboeken.schrijf(tmp);
        try (Werkmap p = Werkmap.open(tmp.resolve("parameters.xlsx"))) {
            p.set("Opdrachtgevers", 2, "maxDeeltijdfactor", "veel");
            p.set("Regels", 2, "regel", "9999");
        }
        assertThat(ParameterCommands.checkParameters(tmp, o(), e())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Workbooks in " + tmp + " refused, 2 faults:",
                "Opdrachtgevers!C2: 'veel' is not a number",
                "Regels!A2: rule '9999' is not known to the engine");
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    @DisplayName("check-parameters with a period refuses a gap in it")
    void checkGap() {
        VoorbeeldWerkboeken.schrijf(tmp);
        try (Werkmap p = Werkmap.open(tmp.resolve("parameters.xlsx"))) {
            p.set("Opdrachtgevers", 12, "einde", LocalDate.of(2025, 11, 30)); // PFAB: December 2025 missing
        }
        assertThat(ParameterCommands.checkParameters(tmp, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), o(),
                e())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Opdrachtgevers!G12: opdrachtgever PFAB has no row for 2025-12-01..2025-12-31");
    }

    @Test
    @DisplayName("diff-parameters prints the changes and exits 0")
    void diff() {
        Path oud = tmp.resolve("oud");
        Path nieuw = tmp.resolve("nieuw");
        VoorbeeldWerkboeken.schrijf(oud);
        VoorbeeldWerkboeken.schrijf(nieuw);
        try (Werkmap p = Werkmap.open(nieuw.resolve("parameters.xlsx"))) {
            p.set("Opdrachtgevers", 3, "maxDeeltijdfactor", 1.5);
        }
        assertThat(ParameterCommands.diffParameters(oud, nieuw, o(), e())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "1 differences from " + oud + " to " + nieuw + ":",
                "Opdrachtgevers ABP [2026-01-01..] maxDeeltijdfactor: 1.25 -> 1.5");
        out.reset();
        assertThat(ParameterCommands.diffParameters(oud, oud, o(), e())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("No differences");
    }
}
