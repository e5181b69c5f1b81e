package nl.lpg.parameters;

import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A value the run needs for a day of its period must be there: no gaps in Opdrachtgevers or in a rule's * rows. */
class GatenTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static TestParameters og(TestParameters t, String og, String ingang, String einde) {
        return t.row("Opdrachtgevers", "opdrachtgever", og, "conversiedatum", d("2015-01-01"),
                "maxDeeltijdfactor", "1.0000", "ingang", d(ingang), "einde", einde == null ? null : d(einde));
    }

    @Test
    @DisplayName("an opdrachtgever row missing between two validity periods is a gap")
    void gapBetweenPeriods() {
        TestParameters t = TestParameters.create();
        og(t, "BOUW", "2025-01-01", "2025-06-30");
        og(t, "BOUW", "2025-08-01", null);
        og(t, "ABP", "2015-01-01", null);
        Parameters p = t.build();
        assertThat(p.gaten(d("2025-01-01"), d("2025-12-31")))
                .containsExactly("Opdrachtgevers!G2: opdrachtgever BOUW has no row for 2025-07-01..2025-07-31");
        // A period that does not touch the hole has no gap.
        assertThat(p.gaten(d("2025-08-01"), d("2026-12-31"))).isEmpty();
        assertThat(p.gaten(d("2025-06-30"), d("2025-06-30"))).isEmpty();
        assertThat(p.gaten(d("2025-07-01"), d("2025-07-01")))
                .containsExactly("Opdrachtgevers!G2: opdrachtgever BOUW has no row for 2025-07-01..2025-07-01");
    }

    @Test
    @DisplayName("an opdrachtgever whose rows start after the period's start or end before its end has gaps")
    void gapAtStartAndEnd() {
        TestParameters t = TestParameters.create();
        og(t, "PFAB", "2025-03-01", "2025-10-31");
        Parameters p = t.build();
        assertThat(p.gaten(d("2025-01-01"), d("2025-12-31"))).containsExactly(
                "Opdrachtgevers!F2: opdrachtgever PFAB has no row for 2025-01-01..2025-02-28",
                "Opdrachtgevers!G2: opdrachtgever PFAB has no row for 2025-11-01..2025-12-31");
    }

    @Test
    @DisplayName("a rule's * rows must cover every day from their first ingang; a rule that starts later is no gap")
    void regelsStarRows() {
        TestParameters t = TestParameters.create();
        og(t, "ABP", "2015-01-01", null);
        t.row("Regels", "regel", "26", "opdrachtgever", "*", "actief", true, "aard", "ONVERWERKBAAR",
                "ingang", d("2000-01-01"), "einde", d("2025-03-31"));
        t.row("Regels", "regel", "26", "opdrachtgever", "*", "actief", true, "aard", "VERWERKBAAR",
                "ingang", d("2025-05-01"));
        t.row("Regels", "regel", "13", "opdrachtgever", "*", "actief", true, "aard", "ONVERWERKBAAR",
                "ingang", d("2025-06-01"));
        // a rule for one fund only: no * row needed
        t.row("Regels", "regel", "14", "opdrachtgever", "ABP", "actief", true, "aard", "ONVERWERKBAAR",
                "ingang", d("2025-06-01"), "einde", d("2025-06-30"));
        Parameters p = t.build();
        assertThat(p.gaten(d("2025-01-01"), d("2025-12-31"))).containsExactly(
                "Regels!F2: rule 26 (opdrachtgever *) has no row for 2025-04-01..2025-04-30");
    }

    @Test
    @DisplayName("the shipped workbooks have no gaps for 2025 and 2026, and load(dir, van, tot) refuses a gap")
    void shippedAndRefused(@TempDir Path dir) {
        assertThat(ParameterSet.load(Path.of("parameters-xlsx")).gaten(d("2025-01-01"), d("2026-12-31"))).isEmpty();
        VoorbeeldWerkboeken.schrijf(dir);
        try (Werkmap p = Werkmap.open(dir.resolve("parameters.xlsx"))) {
            p.set("Opdrachtgevers", 3, "ingang", d("2026-02-01")); // ABP: January 2026 missing
        }
        assertThat(ParameterSet.load(dir).gaten(d("2025-01-01"), d("2025-12-31"))).isEmpty();
        assertThatThrownBy(() -> ParameterSet.load(dir, d("2026-01-01"), d("2026-01-31")))
                .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.errors()).containsExactly(
                        "Opdrachtgevers!G2: opdrachtgever ABP has no row for 2026-01-01..2026-01-31"));
    }
}
