package nl.lpg.parameters;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A workbook with faults is refused as a whole, with every fault as sheet!cell: what is wrong. */
class BrokenWorkbookTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a workbook with many different faults is refused with the exact list of faults")
    void everyFaultListed() {
        VoorbeeldWerkboeken.schrijf(dir);
        try (Werkmap p = Werkmap.open(dir.resolve("parameters.xlsx"))) {
            p.set("Opdrachtgevers", 2, "maxDeeltijdfactor", "veel");                 // wrong type
            p.set("Opdrachtgevers", 6, "einde", LocalDate.of(2015, 12, 31));        // einde before ingang (BOUW)
            p.set("Opdrachtgevers", 16, "opdrachtgever", "ABP");                     // new row, required cells empty
            p.set("Opdrachtgevers", 16, "ingang", LocalDate.of(2020, 1, 1));        // ... and overlapping ABP
            p.set("Regels", 2, "regel", "9999");                                     // rule unknown to the engine
            p.set("Regels", 3, "aard", "FOUT");                                      // unknown aard
            p.set("Productvarianten", 2, "soortGrondslag", "Z");                     // unknown soortGrondslag
            p.set("Productvarianten", 3, "ingang", LocalDate.of(2025, 6, 1));        // overlaps row 2
            p.set("Marges", 2, "productkeuze", "XYZ");                               // productkeuze not in Productvarianten
            p.set("CaoParameters", 2, "opdrachtgever", "FNV");                       // unknown opdrachtgever
            p.set("MinimumUurloon", 2, "leeftijdTot", 14);                           // tot below van
            p.header("Verbijzonderingen", "maximumNihilOpgaven", "nihil");           // column missing
            p.set("AowLeeftijd", 2, "maanden", 12);                                  // out of range
            p.set("AowLeeftijd", 3, "geboortedatumVan", "31-12-1957");               // text date, overlaps row 2
        }
        try (Werkmap o = Werkmap.open(dir.resolve("organisatie.xlsx"))) {
            o.set("Leveranciers", 2, "intern", "X");                                 // not J or N
            o.set("Aansluitingen", 3, "periodiciteit", "WEEK");                      // unknown code
            o.set("LeverancierAansluiting", 2, "nummerLeverancier", "L777");         // unknown leverancier
            o.removeSheet("AansluitingCao");                                         // sheet missing
        }
        WorkbookException e = catchThrowableOfType(WorkbookException.class, () -> ParameterSet.load(dir));
        assertThat(e).isNotNull();
        assertThat(e.errors()).containsExactly(
                "Opdrachtgevers!C2: 'veel' is not a number",
                "Opdrachtgevers!B16: conversiedatum is required",
                "Opdrachtgevers!C16: maxDeeltijdfactor is required",
                "Opdrachtgevers!G6: einde 2015-12-31 lies before ingang 2016-01-01",
                "Opdrachtgevers!F16: validity 2020-01-01.. overlaps row 2 (2015-01-01..2025-12-31) for the same key ABP",
                "Opdrachtgevers!F16: validity 2020-01-01.. overlaps row 3 (2026-01-01..) for the same key ABP",
                "Regels!D3: unknown aard 'FOUT' (allowed: INTERNE_BEOORDELING NVT ONVERWERKBAAR ONWAARSCHIJNLIJK VERWERKBAAR)",
                "Productvarianten!D2: unknown soortGrondslag 'Z' (allowed: E F G H J K M N O P Q R S T U)",
                "Productvarianten!M3: validity 2025-06-01.. overlaps row 2 (2025-01-01..2025-12-31) for the same key ABP/OPNP",
                "CaoParameters!A2: unknown opdrachtgever 'FNV' (allowed: ABP BOUW PFAB PPFAPG PWRI SCHOONMAAK SPW)",
                "Verbijzonderingen!A1: column 'maximumNihilOpgaven' missing",
                "Regels!A2: rule '9999' is not known to the engine",
                "Marges!C2: productkeuze XYZ has no row in Productvarianten for opdrachtgever ABP",
                "MinimumUurloon!D2: leeftijdTot 14 must be above leeftijdVan 15",
                "AowLeeftijd!D2: maanden 12 must be 0 to 11",
                "AowLeeftijd!A3: geboortedatum range overlaps row 2",
                "Leveranciers!C2: 'X' is not J or N",
                "Aansluitingen!E3: unknown periodiciteit 'WEEK' (allowed: HALFJAAR KWARTAAL MAAND VIERWEKEN)",
                "AansluitingCao!A1: sheet missing in organisatie.xlsx",
                "LeverancierAansluiting!A2: nummerLeverancier L777 has no row in Leveranciers");
    }

    @Test
    @DisplayName("the organisation register may only name opdrachtgevers that parameters.xlsx knows")
    void aansluitingOpdrachtgeverMustExist() {
        VoorbeeldWerkboeken.schrijf(dir);
        try (Werkmap p = Werkmap.open(dir.resolve("parameters.xlsx"))) {
            var sh = p.wb.getSheet("Opdrachtgevers");
            for (int r = sh.getLastRowNum(); r >= 1; r--) {
                if ("PPFAPG".equals(p.cell("Opdrachtgevers", r + 1, "opdrachtgever").getStringCellValue())) {
                    sh.removeRow(sh.getRow(r));
                }
            }
        }
        try (Werkmap o = Werkmap.open(dir.resolve("organisatie.xlsx"))) {
            o.set("Aansluitingen", 4, "opdrachtgever", "PPFAPG");
        }
        WorkbookException e = catchThrowableOfType(WorkbookException.class, () -> ParameterSet.load(dir));
        assertThat(e.errors()).contains(
                "Aansluitingen!B4: opdrachtgever PPFAPG has no row in Opdrachtgevers of parameters.xlsx");
        // Seeded Regels rows for PPFAPG (if any) are refused for the same reason, nothing else.
        assertThat(e.errors()).allMatch(l -> l.contains("opdrachtgever PPFAPG has no row in Opdrachtgevers"));
    }

    @Test
    @DisplayName("a rule the engine does not know points at the regel cell, wherever that column stands")
    void unknownRulePointsAtRealColumn() {
        VoorbeeldWerkboeken.schrijf(dir);
        try (Werkmap p = Werkmap.open(dir.resolve("parameters.xlsx"))) {
            // swap the regel and aard columns, headers and values
            int a = p.col("Regels", "regel");
            int d = p.col("Regels", "aard");
            var sh = p.wb.getSheet("Regels");
            for (var row : sh) {
                var ca = row.getCell(a);
                var cd = row.getCell(d);
                String va = ca.getStringCellValue();
                ca.setCellValue(cd.getStringCellValue());
                cd.setCellValue(va);
            }
            p.set("Regels", 5, "regel", "BR-ONBEKEND");
        }
        assertThatThrownBy(() -> ParameterSet.load(dir)).isInstanceOfSatisfying(WorkbookException.class,
                e -> assertThat(e.errors()).containsExactly(
                        "Regels!D5: rule 'BR-ONBEKEND' is not known to the engine"));
    }

    @Test
    @DisplayName("a productkeuze on any sheet must have a Productvarianten row for that opdrachtgever")
    void productkeuzeConsistentWithProductvarianten() {
        VoorbeeldWerkboeken.schrijf(dir);
        try (Werkmap p = Werkmap.open(dir.resolve("parameters.xlsx"))) {
            p.set("PeildatumAow", 2, "productkeuze", "OPNX");
            p.set("Marges", 3, "opdrachtgever", "BOUW"); // 164 BOUW * : the wildcard needs no product
            p.set("Marges", 4, "opdrachtgever", "BOUW"); // 165 BOUW PPA: BOUW has no PPA
        }
        assertThatThrownBy(() -> ParameterSet.load(dir)).isInstanceOfSatisfying(WorkbookException.class,
                e -> assertThat(e.errors()).containsExactly(
                        "Marges!C4: productkeuze PPA has no row in Productvarianten for opdrachtgever BOUW",
                        "PeildatumAow!B2: productkeuze OPNX has no row in Productvarianten for opdrachtgever ABP"));
    }
}
