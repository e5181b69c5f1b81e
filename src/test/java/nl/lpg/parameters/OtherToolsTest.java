package nl.lpg.parameters;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks made by other tools, or by hand, load exactly as the generated ones: the same values, whatever the
 * cell types, column order, extra columns, formulas or empty rows.
 */
class OtherToolsTest {

    @TempDir
    Path tmp;

    /** How a tool writes a workbook. */
    record Manier(boolean datesAsText, boolean dutchDates, boolean numbersAsText, boolean formulas,
                  boolean reversedColumns, boolean extraColumns, boolean emptyRows, boolean streaming) {
    }

    static void write(Path file, List<SheetSchema> schemas, Map<String, List<Map<String, Object>>> data, Manier m)
            throws IOException {
        try (Workbook wb = m.streaming() ? new SXSSFWorkbook() : new XSSFWorkbook()) {
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            for (SheetSchema s : schemas) {
                Sheet sh = wb.createSheet(s.name());
                List<String> cols = new ArrayList<>(s.columns().stream().map(Column::name).toList());
                if (m.reversedColumns()) {
                    Collections.reverse(cols);
                }
                if (m.extraColumns()) {
                    cols.add(1, "opmerking");
                    cols.add("Gewijzigd door");
                }
                Row header = sh.createRow(0);
                for (int i = 0; i < cols.size(); i++) {
                    // header names in another case still match
                    header.createCell(i).setCellValue(m.extraColumns() ? cols.get(i).toUpperCase() : cols.get(i));
                }
                int r = 1;
                for (Map<String, Object> values : data.getOrDefault(s.name(), List.of())) {
                    Row row = sh.createRow(r++);
                    for (int i = 0; i < cols.size(); i++) {
                        String col = cols.get(i);
                        Object v = values.get(col);
                        if (col.equals("opmerking") || col.equals("Gewijzigd door")) {
                            row.createCell(i).setCellValue("analist " + r);
                            continue;
                        }
                        if (v == null) {
                            if (m.emptyRows()) {
                                row.createCell(i).setCellValue(" "); // a space is empty too
                            }
                            continue;
                        }
                        Cell c = row.createCell(i);
                        if (v instanceof LocalDate d) {
                            if (m.datesAsText()) {
                                c.setCellValue(m.dutchDates() ? d.format(DateTimeFormatter.ofPattern("d-M-yyyy"))
                                        : d.toString());
                            } else {
                                c.setCellValue(d);
                                c.setCellStyle(dateStyle);
                            }
                        } else if (v instanceof BigDecimal b) {
                            if (m.formulas()) {
                                c.setCellFormula(b.toPlainString() + "*2/2");
                            } else if (m.numbersAsText()) {
                                c.setCellValue(b.toPlainString().replace('.', ','));
                            } else {
                                c.setCellValue(b.doubleValue());
                            }
                        } else if (v instanceof Integer n) {
                            if (m.numbersAsText()) {
                                c.setCellValue(n.toString());
                            } else {
                                c.setCellValue(n);
                            }
                        } else if (v instanceof Boolean b) {
                            c.setCellValue(b ? "j" : "n");
                        } else {
                            c.setCellValue(v.toString());
                        }
                    }
                    if (m.emptyRows() && r % 3 == 0) {
                        r++; // a blank row in between
                    }
                }
                if (m.emptyRows()) {
                    for (int i = 0; i < 20; i++) {
                        Row row = sh.createRow(r++); // trailing rows with empty text and styled blanks
                        row.createCell(0).setCellValue("");
                        row.createCell(1).setCellStyle(dateStyle);
                    }
                }
            }
            if (m.formulas()) {
                // store the cached values, as Excel and LibreOffice do when they save
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            if (wb instanceof SXSSFWorkbook sx) {
                sx.dispose();
            }
        }
    }

    private ParameterSet writeAndLoad(String name, Manier m) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        write(dir.resolve("parameters.xlsx"), ParameterSheets.PARAMETERS, VoorbeeldWerkboeken.parameterRijen(), m);
        write(dir.resolve("organisatie.xlsx"), ParameterSheets.ORGANISATIE, VoorbeeldWerkboeken.organisatieRijen(), m);
        return ParameterSet.load(dir);
    }

    private ParameterSet reference() {
        Path dir = tmp.resolve("reference");
        VoorbeeldWerkboeken.schrijf(dir);
        return ParameterSet.load(dir);
    }

    /** Every table as its rows' values in order; row numbers differ when blank rows are skipped. */
    static Map<String, List<Map<String, Object>>> content(ParameterSet set) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        for (SheetSchema s : ParameterSheets.PARAMETERS) {
            m.put(s.name(), set.parameters().table(s.name()).rows().stream().map(ParameterRow::values).toList());
        }
        for (SheetSchema s : ParameterSheets.ORGANISATIE) {
            m.put(s.name(), set.organisatie().table(s.name()).rows().stream().map(ParameterRow::values).toList());
        }
        return m;
    }

    private void assertSame(Manier m) throws IOException {
        Map<String, List<Map<String, Object>>> expected = content(reference());
        Map<String, List<Map<String, Object>>> actual = content(writeAndLoad("variant", m));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String sheet : expected.keySet()) {
            assertThat(actual.get(sheet)).as(sheet).containsExactlyElementsOf(expected.get(sheet));
        }
        assertThat(expected.get("Productvarianten")).isNotEmpty();
    }

    @Test
    @DisplayName("dates as real dates with another format, numbers as numbers, plain POI: loads the same")
    void plainPoi() throws IOException {
        assertSame(new Manier(false, false, false, false, false, false, false, false));
    }

    @Test
    @DisplayName("dates as ISO text and numbers as text with a decimal comma: loads the same")
    void textCells() throws IOException {
        assertSame(new Manier(true, false, true, false, false, false, false, false));
    }

    @Test
    @DisplayName("dates as Dutch text d-M-yyyy: loads the same")
    void dutchTextDates() throws IOException {
        assertSame(new Manier(true, true, false, false, false, false, false, false));
    }

    @Test
    @DisplayName("amounts as formulas with cached values: loads the same")
    void formulas() throws IOException {
        assertSame(new Manier(false, false, false, true, false, false, false, false));
    }

    @Test
    @DisplayName("columns in another order, extra columns, headers in capitals: loads the same")
    void columnsReorderedAndExtra() throws IOException {
        assertSame(new Manier(false, false, false, false, true, true, false, false));
    }

    @Test
    @DisplayName("blank rows in between and empty trailing rows, written by the streaming writer: loads the same")
    void emptyRowsStreaming() throws IOException {
        assertSame(new Manier(false, false, false, false, false, false, true, true));
    }

    @Test
    @DisplayName("a formula whose result was never stored is refused, not read as 0")
    void formulaWithoutCachedValue() throws IOException {
        Path dir = tmp.resolve("nocache");
        VoorbeeldWerkboeken.schrijf(dir);
        try (Werkmap p = Werkmap.open(dir.resolve("parameters.xlsx"))) {
            Cell c = p.cell("Productvarianten", 2, "premiepercentage");
            c.getRow().removeCell(c);
            Cell fresh = c.getRow().createCell(p.col("Productvarianten", "premiepercentage"));
            fresh.setCellFormula("27.3*1");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParameterSet.load(dir))
                .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.errors()).containsExactly(
                        "Productvarianten!H2: formula 27.3*1 has no stored result (open and save the workbook in "
                                + "Excel or LibreOffice so that its value is stored)"));
    }

    @Test
    @DisplayName("the generated workbooks saved again by LibreOffice load the same (skipped without soffice)")
    void libreOffice() throws Exception {
        Path soffice = nl.lpg.testsupport.Programmas.opPad("soffice");
        Assumptions.assumeTrue(soffice != null, "soffice not installed: LibreOffice round trip not tested");
        Path src = tmp.resolve("lo-src");
        VoorbeeldWerkboeken.schrijf(src);
        Path out = Files.createDirectories(tmp.resolve("lo-out"));
        for (String f : List.of("parameters.xlsx", "organisatie.xlsx")) {
            Process pr = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=file://" + tmp.resolve("lo-profile"), "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), src.resolve(f).toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(pr.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(out.resolve(f)).exists();
        }
        Map<String, List<Map<String, Object>>> expected = content(ParameterSet.load(src));
        Map<String, List<Map<String, Object>>> actual = content(ParameterSet.load(out));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    @DisplayName("a workbook saved by LibreOffice Calc (fixture made with soffice 7 from the shipped workbooks) loads the same")
    void libreOfficeFixture() throws Exception {
        Path orig = Files.createDirectories(tmp.resolve("fx-orig"));
        Path lo = Files.createDirectories(tmp.resolve("fx-lo"));
        for (String f : List.of("parameters.xlsx", "organisatie.xlsx")) {
            try (var in = getClass().getResourceAsStream("/libreoffice/origineel/" + f)) {
                Files.copy(in, orig.resolve(f));
            }
            try (var in = getClass().getResourceAsStream("/libreoffice/opgeslagen/" + f)) {
                Files.copy(in, lo.resolve(f));
            }
        }
        assertThat(content(ParameterSet.load(lo))).isEqualTo(content(ParameterSet.load(orig)));
    }
}
