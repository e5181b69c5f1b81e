package nl.lpg.parameters;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the sheets of one workbook against their schemas. Every fault is collected as {@code sheet!cell: ...};
 * if there is any, the whole workbook is refused ({@link WorkbookException}) and nothing of it is used.
 * Cells are read by their meaning, not their Excel type: a date typed as text, a number typed as text and a formula
 * (its cached value) all load, so workbooks saved by LibreOffice or other tools behave the same; a formula without a
 * stored result is refused rather than read as 0. The header is the first row with text; columns may stand in any
 * order, extra columns and sheets are ignored, blank rows skipped.
 * <p>
 * Sheets are streamed from their XML ({@link SheetXml}) rather than loaded into POI's object model, so a workbook
 * of 100,000 rows loads in seconds. Hostile files are refused before or while unpacking ({@link WorkbookSafety}):
 * a part inflating more than 100-fold or beyond {@link #MAX_ENTRY_SIZE}, and any DOCTYPE or entity declaration.
 */
public final class WorkbookReader {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu");

    private WorkbookReader() {
    }

    /** A part of a workbook may expand to at most this many bytes (a 100,000-row sheet is some 60 MB). */
    static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;
    /** A part may not expand more than 1 / this ratio (POI's default of 1%, set explicitly). */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    public static Map<String, ParameterTable> read(Path file, List<SheetSchema> schemas) {
        List<String> errors = new ArrayList<>();
        Map<String, ParameterTable> tables = read(file, schemas, errors);
        if (!errors.isEmpty()) {
            throw new WorkbookException(errors);
        }
        return tables;
    }

    /**
     * Reads what can be read and adds every fault to {@code errors}, so that checks across sheets can still run and
     * the analyst sees every fault at once. A sheet that is missing or lacks a column is left out of the result;
     * a cell that cannot be read is left out of its row. Null when the file is not a workbook at all.
     */
    static Map<String, ParameterTable> read(Path file, List<SheetSchema> schemas, List<String> errors) {
        Map<String, ParameterTable> tables = new LinkedHashMap<>();
        String fileName = file.getFileName().toString();
        try {
            WorkbookSafety.check(file);
        } catch (WorkbookException e) {
            errors.addAll(e.errors());
            return null;
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader xr = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg);
            Map<String, List<SheetXml.RawRow>> sheets = new HashMap<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) xr.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    // Sheet names match case-insensitively, as in Excel itself.
                    String sheetName = it.getSheetName();
                    java.util.Optional<SheetSchema> wanted = schemas.stream()
                            .filter(sc -> sc.name().equalsIgnoreCase(sheetName)).findFirst();
                    if (wanted.isPresent() && !sheets.containsKey(wanted.get().name())) {
                        sheets.put(wanted.get().name(), SheetXml.read(in, strings));
                    }
                }
            }
            for (SheetSchema schema : schemas) {
                List<SheetXml.RawRow> sheet = sheets.get(schema.name());
                if (sheet == null && ParameterSheets.OPTIONEEL.contains(schema.name())) {
                    tables.put(schema.name(), new ParameterTable(schema, List.of()));
                    continue;
                }
                if (sheet == null) {
                    errors.add(schema.name() + "!A1: sheet missing in " + fileName);
                    continue;
                }
                ParameterTable t = readSheet(sheet, schema, errors);
                if (t != null) {
                    tables.put(schema.name(), t);
                }
            }
        } catch (Exception | StackOverflowError e) {
            errors.add(WorkbookSafety.explain(fileName, e));
            return null;
        }
        return tables;
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    private static ParameterTable readSheet(List<SheetXml.RawRow> sheet, SheetSchema schema, List<String> errors) {
        String name = schema.name();
        // The header is the first row with any text in it.
        int h = 0;
        while (h < sheet.size() && isBlank(sheet.get(h), null)) {
            h++;
        }
        SheetXml.RawRow header = h < sheet.size() ? sheet.get(h) : null;
        Map<String, Integer> colIndex = new HashMap<>();
        if (header != null) {
            for (SheetXml.RawCell c : header.cells()) {
                String text = cellText(c);
                if (text != null && !text.isBlank()) {
                    java.util.Optional<Column> col = schema.column(text.trim());
                    if (col.isPresent()) {
                        Integer prev = colIndex.putIfAbsent(col.get().name(), c.col());
                        if (prev != null) {
                            errors.add(name + "!" + ref(header.row(), c.col()) + ": column '" + col.get().name()
                                    + "' appears twice (also " + ref(header.row(), prev) + ")");
                        }
                    }
                }
            }
        }
        int headerRow = header == null ? 0 : header.row();
        boolean missing = false;
        for (Column col : schema.columns()) {
            if (!colIndex.containsKey(col.name())) {
                errors.add(name + "!" + ref(headerRow, 0) + ": column '" + col.name() + "' missing");
                missing = true;
            }
        }
        if (missing) {
            return null;
        }
        List<ParameterRow> rows = new ArrayList<>();
        List<Integer> faulty = new ArrayList<>();
        for (int i = h + 1; i < sheet.size(); i++) {
            SheetXml.RawRow row = sheet.get(i);
            if (isBlank(row, colIndex)) {
                continue;
            }
            int r = row.row();
            Map<String, Object> values = new HashMap<>();
            int errorsBefore = errors.size();
            SheetXml.RawCell[] byCol = row.byColumn();
            for (Column col : schema.columns()) {
                int ci = colIndex.get(col.name());
                try {
                    Object v = readCell(ci < byCol.length ? byCol[ci] : null, col);
                    if (v == null && col.required()) {
                        errors.add(name + "!" + ref(r, ci) + ": " + col.name() + " is required");
                    } else if (v != null) {
                        values.put(col.name(), v);
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(name + "!" + ref(r, ci) + ": " + e.getMessage());
                }
            }
            rows.add(new ParameterRow(name, r + 1, values));
            if (errors.size() > errorsBefore) {
                faulty.add(r + 1);
            }
        }
        ParameterTable table = new ParameterTable(schema, rows, colIndex);
        faulty.forEach(table::markFaulty);
        if (schema.dated()) {
            checkDates(table, errors);
        } else {
            checkUniqueKeys(table, errors);
        }
        return table;
    }

    private static void checkDates(ParameterTable table, List<String> errors) {
        for (ParameterRow row : table.rows()) {
            if (row.ingang() != null && row.einde() != null && row.einde().isBefore(row.ingang())) {
                errors.add(table.cel(row, "einde") + ": einde " + row.einde() + " lies before ingang " + row.ingang());
            }
        }
        Map<List<String>, List<ParameterRow>> byKey = new LinkedHashMap<>();
        for (ParameterRow row : table.rows()) {
            if (row.ingang() != null && (row.einde() == null || !row.einde().isBefore(row.ingang()))) {
                byKey.computeIfAbsent(table.keyOf(row), k -> new ArrayList<>()).add(row);
            }
        }
        List<ParameterRow[]> overlaps = new ArrayList<>();
        for (List<ParameterRow> same : byKey.values()) {
            same.sort((a, b) -> a.ingang().compareTo(b.ingang()));
            ParameterRow reach = same.get(0);
            for (int i = 1; i < same.size(); i++) {
                ParameterRow cur = same.get(i);
                if (reach.einde() == null || !reach.einde().isBefore(cur.ingang())) {
                    overlaps.add(new ParameterRow[]{reach, cur});
                }
                if (reach.einde() != null && (cur.einde() == null || cur.einde().isAfter(reach.einde()))) {
                    reach = cur;
                }
            }
        }
        overlaps.sort((a, b) -> Integer.compare(Math.max(a[0].rowNumber(), a[1].rowNumber()),
                Math.max(b[0].rowNumber(), b[1].rowNumber())));
        for (ParameterRow[] o : overlaps) {
            // Point at the row further down: that is usually the one just added.
            ParameterRow later = o[0].rowNumber() > o[1].rowNumber() ? o[0] : o[1];
            ParameterRow other = later == o[0] ? o[1] : o[0];
            errors.add(table.cel(later, "ingang") + ": validity " + periode(later) + " overlaps row "
                    + other.rowNumber() + " (" + periode(other) + ") for the same key " + toonSleutel(table, later));
        }
    }

    /** A row's key as the analyst typed it, empty parts (no productvariant) left out. */
    static String toonSleutel(ParameterTable table, ParameterRow row) {
        return String.join("/", table.schema().key().stream().map(row::text)
                .filter(v -> v != null && !v.isBlank()).toList());
    }

    static String periode(ParameterRow row) {
        return row.ingang() + ".." + (row.einde() == null ? "" : row.einde());
    }

    private static void checkUniqueKeys(ParameterTable table, List<String> errors) {
        Map<List<String>, ParameterRow> seen = new HashMap<>();
        for (ParameterRow row : table.rows()) {
            ParameterRow prev = seen.putIfAbsent(table.keyOf(row), row);
            if (prev != null) {
                errors.add(table.cel(row, table.schema().key().get(0)) + ": duplicate key " + toonSleutel(table, row)
                        + " (also row " + prev.rowNumber() + ")");
            }
        }
    }

    /** Whether the row holds no text in the schema's columns (or in any column when colIndex is null). */
    private static boolean isBlank(SheetXml.RawRow row, Map<String, Integer> colIndex) {
        for (SheetXml.RawCell c : row.cells()) {
            if (colIndex != null && !colIndex.containsValue(c.col())) {
                continue;
            }
            String t = cellText(c);
            if (t != null && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static Object readCell(SheetXml.RawCell cell, Column col) {
        if (cell == null) {
            return null;
        }
        if (cell.isFormula() && cell.kind() == SheetXml.Kind.BLANK) {
            throw new IllegalArgumentException("formula " + cell.formula() + " has no stored result (open and "
                    + "save the workbook in Excel or LibreOffice so that its value is stored)");
        }
        SheetXml.Kind type = cell.kind();
        if (type == SheetXml.Kind.BLANK) {
            return null;
        }
        if (type == SheetXml.Kind.ERROR) {
            throw new IllegalArgumentException("cell holds an error value " + cell.value());
        }
        switch (col.type()) {
            case DATE -> {
                if (type == SheetXml.Kind.NUMBER) {
                    double serial = number(cell);
                    LocalDate d = DateUtil.isValidExcelDate(serial)
                            ? DateUtil.getLocalDateTime(serial).toLocalDate() : null;
                    if (d == null || d.getYear() < 1900 || d.getYear() > 2199) {
                        throw new IllegalArgumentException("'" + NumberToTextConverter.toText(serial)
                                + "' is not a date (use YYYY-MM-DD)");
                    }
                    return d;
                }
                String s = blankToNull(cellText(cell));
                return s == null ? null : parseDate(s);
            }
            case DECIMAL -> {
                if (type == SheetXml.Kind.NUMBER) {
                    return canonical(new BigDecimal(NumberToTextConverter.toText(number(cell))));
                }
                String s = blankToNull(cellText(cell));
                return s == null ? null : canonical(parseDecimal(s));
            }
            case INTEGER -> {
                BigDecimal d;
                if (type == SheetXml.Kind.NUMBER) {
                    d = new BigDecimal(NumberToTextConverter.toText(number(cell)));
                } else {
                    String s = blankToNull(cellText(cell));
                    if (s == null) {
                        return null;
                    }
                    d = parseDecimal(s);
                }
                try {
                    return d.intValueExact();
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("'" + d.toPlainString() + "' is not a whole number");
                }
            }
            case JN -> {
                String s = blankToNull(cellText(cell));
                if (s == null) {
                    return null;
                }
                return switch (s.toUpperCase(Locale.ROOT)) {
                    case "J", "JA" -> Boolean.TRUE;
                    case "N", "NEE" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("'" + s + "' is not J or N");
                };
            }
            case CODE -> {
                String s = blankToNull(cellText(cell));
                if (s == null) {
                    return null;
                }
                String code = s.toUpperCase(Locale.ROOT);
                if (!col.codes().contains(code)) {
                    throw new IllegalArgumentException("unknown " + col.name() + " '" + s + "' (allowed: "
                            + String.join(" ", new java.util.TreeSet<>(col.codes())) + ")");
                }
                return code;
            }
            default -> {
                return blankToNull(cellText(cell));
            }
        }
    }

    static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s, DUTCH);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("'" + s + "' is not a date (use YYYY-MM-DD)");
            }
        }
    }

    static BigDecimal parseDecimal(String s) {
        String t = s.replace(" ", "").replace("\u00a0", "").replace("€", "");
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
    }

    /**
     * One form per number, whatever the cell held: 27.3, 27.30 and "27,30" read the same, so workbooks from other
     * tools load identically. Amounts are rounded where the rules round, not here.
     */
    static BigDecimal canonical(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A stored number as a double, the way Excel holds it (so 27.3 stays 27.3 whatever the file's digits). */
    private static double number(SheetXml.RawCell cell) {
        try {
            return Double.parseDouble(cell.value());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cell.value() + "' is not a number");
        }
    }

    /** The text of a cell whatever its type; numbers without a trailing .0, formulas by their stored value. */
    static String cellText(SheetXml.RawCell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.kind()) {
            case TEXT -> cell.value();
            case NUMBER -> NumberToTextConverter.toText(number(cell));
            case BOOLEAN -> "1".equals(cell.value()) || "true".equalsIgnoreCase(cell.value()) ? "J" : "N";
            default -> null;
        };
    }
}
