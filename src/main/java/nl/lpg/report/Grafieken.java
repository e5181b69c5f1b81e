package nl.lpg.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sheet with charts, each next to the table it is drawn from (so a person reads the figures as well as the
 * bars): premie vastgesteld and grondslag berekend of the accepted PVPs per product per tijdvak, signals per aard,
 * and the ten most frequent rules. Drawn with POI's XDDF chart API as clustered bar charts.
 */
final class Grafieken {

    /** Chart titles; the LibreOffice test looks for them. */
    static final String PREMIE = "Premie vastgesteld per product per tijdvak (geaccepteerde PVP's)";
    static final String GRONDSLAG = "Grondslag berekend per product per tijdvak (geaccepteerde PVP's)";
    static final String PER_AARD = "Signalen per aard";
    static final String TOP_REGELS = "De tien meest voorkomende regels";

    private static final int MIN_KOLOM_GRAFIEK = 3;
    private static final int BREEDTE_GRAFIEK = 10;
    private static final int HOOGTE_GRAFIEK = 20;
    private static final byte[][] KLEUREN = {
            {(byte) 0x1f, (byte) 0x4e, (byte) 0x79}, {(byte) 0xe0, (byte) 0x7b, (byte) 0x00},
            {(byte) 0x38, (byte) 0x8e, (byte) 0x3c}, {(byte) 0xc6, (byte) 0x28, (byte) 0x28},
            {(byte) 0x6a, (byte) 0x1b, (byte) 0x9a}, {(byte) 0x00, (byte) 0x83, (byte) 0x8f},
            {(byte) 0x79, (byte) 0x55, (byte) 0x48}, {(byte) 0x9e, (byte) 0x9d, (byte) 0x24}};

    private Grafieken() {
    }

    /** A small table: categories down the first column, one column per series. */
    record Tabel(String titel, String categorieKop, List<String> categorieen, List<String> series,
                 double[][] waarden, RapportXlsx.Soort soort, String asOpmaak) {
    }

    static void schrijf(XSSFSheet s, RapportXlsx.Stijlen st, JdbcTemplate jdbc, String runId) {
        Map<String, Tabel> perProduct = perProductPerTijdvak(jdbc, runId);
        // the chart stands right of the widest table, with one narrow column between
        int breedste = Math.max(1, perProduct.get("premie").series().size());
        int kolomGrafiek = Math.max(MIN_KOLOM_GRAFIEK, breedste + 2);
        s.setColumnWidth(0, 30 * 256);
        for (int c = 1; c < kolomGrafiek - 1; c++) {
            s.setColumnWidth(c, 19 * 256);
        }
        s.setColumnWidth(kolomGrafiek - 1, 3 * 256);
        int r = 0;
        Row uitleg = s.createRow(r++);
        uitleg.createCell(0).setCellValue("Grafieken bij de run; de bedragen zijn die van totals.csv"
                + " (alleen geaccepteerde PVP's), de aantallen die van signals.csv.");
        r++;
        r = blok(s, st, r, kolomGrafiek, perProduct.get("premie"));
        r = blok(s, st, r, kolomGrafiek, perProduct.get("grondslag"));
        r = blok(s, st, r, kolomGrafiek, perAard(jdbc, runId));
        blok(s, st, r, kolomGrafiek, topRegels(jdbc, runId));
    }

    private static Map<String, Tabel> perProductPerTijdvak(JdbcTemplate jdbc, String runId) {
        TreeSet<LocalDate> tijdvakken = new TreeSet<>();
        Map<String, Map<LocalDate, BigDecimal[]>> perProduct = new TreeMap<>();
        jdbc.query("SELECT s.opdrachtgever, s.productkeuze, s.productvariant, s.datum_aanvang_tijdvak,"
                + " SUM(s.premie_vastgesteld), SUM(s.grondslag_berekend) FROM " + nl.lpg.batch.PvpSommen.GEACCEPTEERD
                + " GROUP BY s.opdrachtgever, s.productkeuze, s.productvariant, s.datum_aanvang_tijdvak", rs -> {
                    String product = rs.getString(1) + " " + RapportXlsx.product(rs.getString(2), rs.getString(3));
                    LocalDate tijdvak = rs.getObject(4, LocalDate.class);
                    tijdvakken.add(tijdvak);
                    perProduct.computeIfAbsent(product, k -> new TreeMap<>()).put(tijdvak,
                            new BigDecimal[]{rs.getBigDecimal(5), rs.getBigDecimal(6)});
                }, runId);
        List<String> producten = new ArrayList<>(perProduct.keySet());
        List<String> series = tijdvakken.stream().map(d -> "tijdvak " + d).toList();
        if (producten.isEmpty()) {
            producten = List.of("(geen geaccepteerde PVP's)");
            series = List.of("geen tijdvak");
        }
        double[][] premie = new double[producten.size()][series.size()];
        double[][] grondslag = new double[producten.size()][series.size()];
        List<LocalDate> tv = new ArrayList<>(tijdvakken);
        for (int i = 0; i < producten.size(); i++) {
            Map<LocalDate, BigDecimal[]> m = perProduct.getOrDefault(producten.get(i), Map.of());
            for (int j = 0; j < tv.size(); j++) {
                BigDecimal[] v = m.get(tv.get(j));
                premie[i][j] = v == null || v[0] == null ? 0 : v[0].doubleValue();
                grondslag[i][j] = v == null || v[1] == null ? 0 : v[1].doubleValue();
            }
        }
        Map<String, Tabel> out = new LinkedHashMap<>();
        out.put("premie", new Tabel(PREMIE, "Product", producten, series, premie, RapportXlsx.Soort.BEDRAG,
                "#,##0"));
        out.put("grondslag", new Tabel(GRONDSLAG, "Product", producten, series, grondslag, RapportXlsx.Soort.BEDRAG,
                "#,##0"));
        return out;
    }

    private static Tabel perAard(JdbcTemplate jdbc, String runId) {
        Map<String, Long> n = new LinkedHashMap<>();
        RapportXlsx.AARDEN.forEach(a -> n.put(a, 0L));
        jdbc.query("SELECT aard, COUNT(*) FROM run_signal WHERE run_id = ? GROUP BY aard",
                rs -> {
                    n.put(rs.getString(1), rs.getLong(2));
                }, runId);
        List<String> cat = new ArrayList<>();
        double[][] w = new double[n.size()][1];
        int i = 0;
        for (Map.Entry<String, Long> e : n.entrySet()) {
            cat.add(RapportXlsx.aardLabel(e.getKey()));
            w[i++][0] = e.getValue();
        }
        return new Tabel(PER_AARD, "Aard", cat, List.of("Aantal signalen"), w, RapportXlsx.Soort.GETAL, "0");
    }

    private static Tabel topRegels(JdbcTemplate jdbc, String runId) {
        List<String> cat = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        jdbc.query("SELECT regel, COUNT(*) n FROM run_signal WHERE run_id = ? GROUP BY regel ORDER BY n DESC,"
                + " regel LIMIT 10", rs -> {
                    cat.add("BR" + rs.getString(1));
                    n.add(rs.getLong(2));
                }, runId);
        if (cat.isEmpty()) {
            cat.add("(geen signalen)");
            n.add(0L);
        }
        double[][] w = new double[cat.size()][1];
        for (int i = 0; i < cat.size(); i++) {
            w[i][0] = n.get(i);
        }
        return new Tabel(TOP_REGELS, "Regel", cat, List.of("Aantal signalen"), w, RapportXlsx.Soort.GETAL, "0");
    }

    /** Writes the table at row {@code r} and its chart beside it; returns the first free row after both. */
    private static int blok(XSSFSheet s, RapportXlsx.Stijlen st, int r, int kolomGrafiek, Tabel t) {
        int start = r;
        Row titel = s.createRow(r++);
        titel.createCell(0).setCellValue(t.titel());
        titel.getCell(0).setCellStyle(st.kop);
        int kopRij = r;
        Row h = s.createRow(r++);
        Cell c0 = h.createCell(0);
        c0.setCellValue(t.categorieKop());
        c0.setCellStyle(st.kopGrijs);
        for (int j = 0; j < t.series().size(); j++) {
            Cell c = h.createCell(j + 1);
            c.setCellValue(t.series().get(j));
            c.setCellStyle(st.kopGrijsRechts);
        }
        int eerste = r;
        for (int i = 0; i < t.categorieen().size(); i++) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(t.categorieen().get(i));
            for (int j = 0; j < t.series().size(); j++) {
                Cell c = row.createCell(j + 1);
                c.setCellValue(t.waarden()[i][j]);
                c.setCellStyle(t.soort() == RapportXlsx.Soort.BEDRAG ? st.bedrag : st.getal);
            }
        }
        int laatste = r - 1;

        XSSFDrawing drawing = s.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, kolomGrafiek, start, kolomGrafiek + BREEDTE_GRAFIEK,
                start + HOOGTE_GRAFIEK);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(t.titel());
        chart.setTitleOverlay(false);
        if (t.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setNumberFormat(t.asOpmaak());
        XDDFDataSource<String> categorieen = XDDFDataSourcesFactory.fromStringCellRange(s,
                new CellRangeAddress(eerste, laatste, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        for (int j = 0; j < t.series().size(); j++) {
            XDDFNumericalDataSource<Double> waarden = XDDFDataSourcesFactory.fromNumericCellRange(s,
                    new CellRangeAddress(eerste, laatste, j + 1, j + 1));
            XDDFChartData.Series serie = data.addSeries(categorieen, waarden);
            serie.setTitle(t.series().get(j), new CellReference(s.getSheetName(), kopRij, j + 1, true, true));
            serie.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(KLEUREN[j % KLEUREN.length])));
        }
        chart.plot(data);
        return Math.max(r, start + HOOGTE_GRAFIEK) + 2;
    }
}
