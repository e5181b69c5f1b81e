package nl.lpg.parameters;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
 * (its cached value) all load, so workbooks saved by LibreOffice or other tools behave the same.
 */
public final class WorkbookReader {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu");

    private WorkbookReader() {
    }

    public static Map<String, ParameterTable> read(Path file, List<SheetSchema> schemas) {
        List<String> errors = new ArrayList<>();
        Map<String, ParameterTable> tables = new LinkedHashMap<>();
        String fileName = file.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             Workbook wb = new XSSFWorkbook(pkg)) {
            for (SheetSchema schema : schemas) {
                Sheet sheet = wb.getSheet(schema.name());
                if (sheet == null) {
                    errors.add(schema.name() + "!A1: sheet missing in " + fileName);
                    continue;
                }
                tables.put(schema.name(), readSheet(sheet, schema, errors));
            }
        } catch (WorkbookException e) {
            throw e;
        } catch (Exception e) {
            throw new WorkbookException(List.of(fileName + ": not a readable xlsx workbook (" + e.getMessage() + ")"));
        }
        if (!errors.isEmpty()) {
            throw new WorkbookException(errors);
        }
        return tables;
    }

    private static ParameterTable readSheet(Sheet sheet, SheetSchema schema, List<String> errors) {
        String name = schema.name();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> colIndex = new HashMap<>();
        if (header != null) {
            for (Cell c : header) {
                String h = cellText(c);
                if (h != null && !h.isBlank()) {
                    schema.column(h.trim()).ifPresent(col -> colIndex.put(col.name(), c.getColumnIndex()));
                }
            }
        }
        int headerRow = header == null ? 0 : header.getRowNum();
        boolean missing = false;
        for (Column col : schema.columns()) {
            if (!colIndex.containsKey(col.name())) {
                errors.add(name + "!" + new CellReference(headerRow, 0).formatAsString(false)
                        + ": column '" + col.name() + "' missing");
                missing = true;
            }
        }
        List<ParameterRow> rows = new ArrayList<>();
        if (missing) {
            return new ParameterTable(schema, rows);
        }
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row, colIndex)) {
                continue;
            }
            Map<String, Object> values = new HashMap<>();
            for (Column col : schema.columns()) {
                int ci = colIndex.get(col.name());
                Cell cell = row.getCell(ci);
                String ref = name + "!" + new CellReference(r, ci).formatAsString(false);
                try {
                    Object v = readCell(cell, col);
                    if (v == null && col.required()) {
                        errors.add(ref + ": " + col.name() + " is required");
                    } else if (v != null) {
                        values.put(col.name(), v);
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(ref + ": " + e.getMessage());
                }
            }
            rows.add(new ParameterRow(name, r + 1, values));
        }
        ParameterTable table = new ParameterTable(schema, rows);
        if (schema.dated()) {
            checkDates(table, colIndex, errors);
        } else {
            checkUniqueKeys(table, colIndex, errors);
        }
        return table;
    }

    private static void checkDates(ParameterTable table, Map<String, Integer> colIndex, List<String> errors) {
        String name = table.schema().name();
        int ingangCol = colIndex.get("ingang");
        int eindeCol = colIndex.get("einde");
        for (ParameterRow row : table.rows()) {
            if (row.ingang() != null && row.einde() != null && row.einde().isBefore(row.ingang())) {
                errors.add(name + "!" + new CellReference(row.rowNumber() - 1, eindeCol).formatAsString(false)
                        + ": einde " + row.einde() + " lies before ingang " + row.ingang());
            }
        }
        Map<List<String>, List<ParameterRow>> byKey = new LinkedHashMap<>();
        for (ParameterRow row : table.rows()) {
            if (row.ingang() != null) {
                byKey.computeIfAbsent(table.keyOf(row), k -> new ArrayList<>()).add(row);
            }
        }
        for (List<ParameterRow> same : byKey.values()) {
            same.sort((a, b) -> a.ingang().compareTo(b.ingang()));
            for (int i = 1; i < same.size(); i++) {
                ParameterRow prev = same.get(i - 1);
                ParameterRow cur = same.get(i);
                if (prev.einde() == null || !prev.einde().isBefore(cur.ingang())) {
                    errors.add(name + "!" + new CellReference(cur.rowNumber() - 1, ingangCol).formatAsString(false)
                            + ": validity overlaps row " + prev.rowNumber() + " for the same key "
                            + String.join("/", table.keyOf(cur)));
                }
            }
        }
    }

    private static void checkUniqueKeys(ParameterTable table, Map<String, Integer> colIndex, List<String> errors) {
        Map<List<String>, ParameterRow> seen = new HashMap<>();
        for (ParameterRow row : table.rows()) {
            ParameterRow prev = seen.putIfAbsent(table.keyOf(row), row);
            if (prev != null) {
                errors.add(table.schema().name() + "!A" + row.rowNumber() + ": duplicate key "
                        + String.join("/", table.keyOf(row)) + " (also row " + prev.rowNumber() + ")");
            }
        }
    }

    private static boolean isBlank(Row row, Map<String, Integer> colIndex) {
        for (int ci : colIndex.values()) {
            String t = cellText(row.getCell(ci));
            if (t != null && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static Object readCell(Cell cell, Column col) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.BLANK) {
            return null;
        }
        if (type == CellType.ERROR) {
            throw new IllegalArgumentException("cell holds an error value");
        }
        switch (col.type()) {
            case DATE -> {
                if (type == CellType.NUMERIC) {
                    return DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
                }
                String s = blankToNull(cellText(cell));
                return s == null ? null : parseDate(s);
            }
            case DECIMAL -> {
                if (type == CellType.NUMERIC) {
                    return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
                }
                String s = blankToNull(cellText(cell));
                return s == null ? null : parseDecimal(s);
            }
            case INTEGER -> {
                BigDecimal d;
                if (type == CellType.NUMERIC) {
                    d = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The text of a cell whatever its type; numbers without a trailing .0, formulas by their cached value. */
    static String cellText(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "J" : "N";
            default -> null;
        };
    }
}
