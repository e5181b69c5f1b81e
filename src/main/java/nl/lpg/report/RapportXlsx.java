package nl.lpg.report;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** report.xlsx: summary, signals and totals for people, with filters and frozen header rows. Streams rows (SXSSF). */
final class RapportXlsx {
    private RapportXlsx() {
    }

    static void schrijf(JdbcTemplate jdbc, Path file, String runId, Map<String, Object> samenvatting) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            var bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Sheet s = wb.createSheet("Samenvatting");
            int r = 0;
            Row h = s.createRow(r++);
            h.createCell(0).setCellValue("onderdeel");
            h.createCell(1).setCellValue("waarde");
            h.getCell(0).setCellStyle(bold);
            h.getCell(1).setCellStyle(bold);
            for (Map.Entry<String, Object> e : samenvatting.entrySet()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(String.valueOf(e.getValue()));
            }
            s.createFreezePane(0, 1);
            s.setColumnWidth(0, 30 * 256);
            s.setColumnWidth(1, 100 * 256);
            tabel(wb, bold, jdbc, "Signalen", CsvUitvoer.SIGNALS, RunUitvoer.SIGNALS_SQL, runId);
            tabel(wb, bold, jdbc, "Totalen", CsvUitvoer.TOTALS, RunUitvoer.TOTALS_SQL, runId);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tabel(SXSSFWorkbook wb, org.apache.poi.ss.usermodel.CellStyle bold, JdbcTemplate jdbc,
                              String naam, String[] header, String sql, String runId) {
        Sheet s = wb.createSheet(naam);
        Row h = s.createRow(0);
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
            h.getCell(i).setCellStyle(bold);
            s.setColumnWidth(i, Math.max(12, header[i].length() + 2) * 256);
        }
        int[] r = {1};
        jdbc.query(sql, rs -> {
            Row row = s.createRow(r[0]++);
            for (int i = 0; i < header.length; i++) {
                Object o = rs.getObject(i + 1);
                if (o instanceof Number n && !(o instanceof Long) && !(o instanceof Integer)) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else if (o instanceof Number n) {
                    row.createCell(i).setCellValue(n.longValue());
                } else if (o != null) {
                    row.createCell(i).setCellValue(o.toString());
                }
            }
        }, runId);
        s.createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, r[0] - 1), 0, header.length - 1));
    }
}
