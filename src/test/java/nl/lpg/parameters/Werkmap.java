package nl.lpg.parameters;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Edits a workbook with plain POI, the way an analyst would in a spreadsheet: cells addressed by column name. */
final class Werkmap implements AutoCloseable {
    private final Path file;
    final XSSFWorkbook wb;

    private Werkmap(Path file, XSSFWorkbook wb) {
        this.file = file;
        this.wb = wb;
    }

    static Werkmap open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Werkmap(file, new XSSFWorkbook(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int col(String sheet, String column) {
        Row header = wb.getSheet(sheet).getRow(0);
        for (Cell c : header) {
            if (column.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + column + " in " + sheet);
    }

    /** The cell in the row with 1-based number {@code row} (as Excel shows it). */
    Cell cell(String sheet, int row, String column) {
        Sheet sh = wb.getSheet(sheet);
        Row r = sh.getRow(row - 1);
        if (r == null) {
            r = sh.createRow(row - 1);
        }
        int ci = col(sheet, column);
        Cell c = r.getCell(ci);
        return c == null ? r.createCell(ci) : c;
    }

    Werkmap set(String sheet, int row, String column, Object value) {
        Cell c = cell(sheet, row, column);
        if (value == null) {
            c.setBlank();
        } else if (value instanceof LocalDate d) {
            c.setCellValue(d);
        } else if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(value.toString());
        }
        return this;
    }

    Werkmap header(String sheet, String column, String newName) {
        wb.getSheet(sheet).getRow(0).getCell(col(sheet, column)).setCellValue(newName);
        return this;
    }

    Werkmap removeSheet(String sheet) {
        wb.removeSheetAt(wb.getSheetIndex(sheet));
        return this;
    }

    @Override
    public void close() {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
