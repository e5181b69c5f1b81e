package nl.lpg.parameters;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Review before use: every value that changes between two versions of the workbooks, and the check summary. */
class ParameterDiffTest {

    @TempDir
    Path tmp;

    @Test
    @DisplayName("identical workbooks have no differences")
    void identical() {
        VoorbeeldWerkboeken.schrijf(tmp.resolve("a"));
        VoorbeeldWerkboeken.schrijf(tmp.resolve("b"));
        ParameterSet a = ParameterSet.load(tmp.resolve("a"));
        ParameterSet b = ParameterSet.load(tmp.resolve("b"));
        assertThat(ParameterDiff.diff(a, b)).isEmpty();
    }

    @Test
    @DisplayName("added rows, removed rows and changed cells are listed by sheet, key and validity")
    void changes() {
        Path oud = tmp.resolve("oud");
        Path nieuw = tmp.resolve("nieuw");
        VoorbeeldWerkboeken.schrijf(oud);
        VoorbeeldWerkboeken.schrijf(nieuw);
        try (Werkmap p = Werkmap.open(nieuw.resolve("parameters.xlsx"))) {
            // ABP OPNP 2026 (row 3): franchise and premium change
            p.set("Productvarianten", 3, "minimumInkomensgrens", 19600);
            p.set("Productvarianten", 3, "premiepercentage", 27.5);
            // BOUW PP 2026 (row 14) ends mid-year, and a new row takes over
            p.set("Productvarianten", 14, "einde", LocalDate.of(2026, 6, 30));
            int r = p.wb.getSheet("Productvarianten").getLastRowNum() + 2;
            p.set("Productvarianten", r, "opdrachtgever", "BOUW");
            p.set("Productvarianten", r, "productkeuze", "PP");
            p.set("Productvarianten", r, "soortGrondslag", "J");
            p.set("Productvarianten", r, "soortInkomensgrens", "JAAR");
            p.set("Productvarianten", r, "minimumInkomensgrens", 16770);
            p.set("Productvarianten", r, "maximumProductloon", 83600);
            p.set("Productvarianten", r, "premiepercentage", 24.9);
            p.set("Productvarianten", r, "berekeningsbasis", "BEIDE");
            p.set("Productvarianten", r, "ingang", LocalDate.of(2026, 7, 1));
            // the last Verbijzonderingen row (PPFAPG REG) removed
            Sheet vb = p.wb.getSheet("Verbijzonderingen");
            vb.removeRow(vb.getRow(vb.getLastRowNum()));
        }
        try (Werkmap o = Werkmap.open(nieuw.resolve("organisatie.xlsx"))) {
            o.set("Aansluitingen", 3, "naam", "Bouwbedrijf Nieuw B.V.");
        }
        assertThat(ParameterDiff.diff(ParameterSet.load(oud), ParameterSet.load(nieuw))).containsExactly(
                "Productvarianten ABP/OPNP [2026-01-01..] minimumInkomensgrens: 19545 -> 19600",
                "Productvarianten ABP/OPNP [2026-01-01..] premiepercentage: 27.3 -> 27.5",
                "Productvarianten BOUW/PP [2026-01-01..2026-06-30] einde: (empty) -> 2026-06-30",
                "Productvarianten BOUW/PP [2026-07-01..] added: soortGrondslag=J, soortInkomensgrens=JAAR, "
                        + "minimumInkomensgrens=16770, maximumProductloon=83600, premiepercentage=24.9, "
                        + "berekeningsbasis=BEIDE",
                "Verbijzonderingen PPFAPG/11/REG [2025-01-01..] removed: toegestaneCodeMeetelling=JA",
                "Aansluitingen A2000 [2016-01-01..] naam: Bouwbedrijf Voorbeeld B.V. -> Bouwbedrijf Nieuw B.V.");
    }

    @Test
    @DisplayName("check-parameters summary: per sheet rows, keys and validity range")
    void summary() {
        ParameterSet set = ParameterSet.load(Path.of("parameters-xlsx"));
        var lines = ParameterSummary.lines(set);
        assertThat(lines.get(0)).isEqualTo("Parameters in parameters-xlsx: valid");
        assertThat(lines.get(1)).startsWith("parameters.xlsx  sha256 ").hasSize(24 + 64);
        assertThat(lines).contains(
                "  Opdrachtgevers                14 rows       7 keys   valid 2015-01-01 .. open",
                "  Productvarianten              35 rows      18 keys   valid 2015-01-01 .. open",
                "  AowLeeftijd                    8 rows       8 keys   not dated",
                "  LeverancierAansluiting        10 rows      10 keys   valid 2015-01-01 .. open",
                "    ABP         OPNP     Q 2025-01-01..2025-12-31, Q 2026-01-01..open",
                "    ABP         VPL      O 2015-01-01..2022-12-31",
                "    SCHOONMAAK  BPFSGB   F 2025-01-01..2025-12-31, F 2026-01-01..open");
        // one line per sheet, a heading and 18 product lines, then the organisation register
        assertThat(lines).hasSize(2 + ParameterSheets.PARAMETERS.size() + 1 + 18 + 1 + ParameterSheets.ORGANISATIE.size());
        assertThat(ParameterSummary.text(set)).contains("organisatie.xlsx  sha256 ");
    }
}
