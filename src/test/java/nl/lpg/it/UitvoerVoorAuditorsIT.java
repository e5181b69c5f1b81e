package nl.lpg.it;

import nl.lpg.batch.ProcessRunner;
import nl.lpg.premium.Grondslagformule;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, outputs auditors can follow: on the two example months, every row of pvp-calculations.csv says its
 * status and where it came from (delivery line, workbook row), a total is the sum of its rows and each row recomputes
 * from its own columns; report.xlsx reads as a report, with charts, controletotalen and the held units, and LibreOffice
 * opens it with the charts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UitvoerVoorAuditorsIT {

    private static final String FEBRUARI = "2026-02-levering-L001.xml";

    @TempDir
    static Path tmp;
    EngineFixture f;
    ProcessRunner.Uitkomst februari;
    List<CSVRecord> pvps;

    @BeforeAll
    void verwerkBeideMaanden() throws Exception {
        f = new EngineFixture("auditors");
        f.verwerk(EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml"), tmp.resolve("out"));
        februari = f.verwerk(EngineFixture.EXAMPLES.resolve(FEBRUARI), tmp.resolve("out"));
        pvps = EngineFixture.csv(februari.runDir().resolve("pvp-calculations.csv"));
    }

    @AfterAll
    void sluit() {
        f.close();
    }

    @Test
    void everyCalculationSaysWhetherItWasAcceptedHeldOrRefused() {
        Map<String, String> perPersoon = new HashMap<>();
        for (CSVRecord r : pvps) {
            perPersoon.put(r.get("personeelsnummer"), r.get("status"));
        }
        // the same outcomes as the units (TweeMaandenIT): accepted, refused on its own IKV, held with its AE
        assertThat(perPersoon).containsEntry("000000000000100", "accepted")
                .containsEntry("000000000000101", "refused")
                .containsEntry("000000000000200", "accepted")
                .containsEntry("000000000000300", "held");
        assertThat(pvps).allSatisfy(r -> assertThat(r.get("status")).isIn("accepted", "held", "refused"));
    }

    @Test
    void everyCalculationNamesTheDeliveryLineOfItsPvp() throws Exception {
        List<String> regels = Files.readAllLines(EngineFixture.EXAMPLES.resolve(FEBRUARI), StandardCharsets.UTF_8);
        assertThat(pvps).isNotEmpty().allSatisfy(r -> {
            int regel = Integer.parseInt(r.get("regelnummerLevering"));
            assertThat(regels.get(regel - 1))
                    .contains("personeelsnummer=\"" + r.get("personeelsnummer") + "\"")
                    .contains("<pensioenVerzekeringPeriode datumAanvang=\"" + r.get("datumAanvangPvp") + "\"");
        });
    }

    @Test
    void everyCalculationNamesTheWorkbookRowWhoseParametersItUsed() throws Exception {
        String runJson = Files.readString(februari.runDir().resolve("run.json"));
        try (Workbook wb = WorkbookFactory.create(EngineFixture.PARAMETERS.resolve("parameters.xlsx").toFile(), null,
                true)) {
            DataFormatter fmt = new DataFormatter();
            for (CSVRecord r : pvps) {
                assertThat(r.get("parameterWerkboek")).isEqualTo("parameters.xlsx");
                assertThat(runJson).contains("parameters.xlsx");
                Sheet sheet = wb.getSheet(r.get("parameterBlad"));
                Map<String, String> rij = rij(sheet, Integer.parseInt(r.get("parameterRij")), fmt);
                assertThat(rij.get("opdrachtgever")).isEqualTo(r.get("opdrachtgever"));
                assertThat(rij.get("productkeuze")).isEqualToIgnoringCase(r.get("productkeuze"));
                assertThat(rij.get("soortGrondslag")).isEqualTo(r.get("soortGrondslag"));
                assertThat(rij.get("berekeningsbasis")).isEqualTo(r.get("berekeningsbasis"));
            }
        }
        assertThat(runJson).containsPattern("\"sha256\" : \"[0-9a-f]{64}\"");
    }

    @Test
    void aTotalIsTheSumOfItsAcceptedRowsFoundByItsKey() throws Exception {
        Map<String, BigDecimal[]> som = new LinkedHashMap<>();
        Map<String, Integer> aantal = new HashMap<>();
        String[] bedragen = {"productloon", "grondslagAangeleverd", "grondslagBerekend", "premieAangeleverd",
                "premieBerekend", "premieVastgesteld"};
        for (CSVRecord r : pvps) {
            if (!r.get("status").equals("accepted")) {
                continue;
            }
            String key = String.join("|", r.get("opdrachtgever"), r.get("aansluitnummer"), r.get("datumAanvangTijdvak"),
                    r.get("productkeuze"), r.get("productvariant"));
            aantal.merge(key, 1, Integer::sum);
            BigDecimal[] s = som.computeIfAbsent(key, k -> new BigDecimal[bedragen.length]);
            for (int i = 0; i < bedragen.length; i++) {
                s[i] = (s[i] == null ? BigDecimal.ZERO : s[i]).add(dec(r.get(bedragen[i])));
            }
        }
        List<CSVRecord> totals = EngineFixture.csv(februari.runDir().resolve("totals.csv"));
        assertThat(totals).hasSize(som.size());
        for (CSVRecord t : totals) {
            String key = String.join("|", t.get("opdrachtgever"), t.get("aansluitnummer"), t.get("datumAanvangTijdvak"),
                    t.get("productkeuze"), t.get("productvariant"));
            assertThat(som).containsKey(key);
            assertThat(Integer.parseInt(t.get("aantalPvp"))).isEqualTo(aantal.get(key));
            for (int i = 0; i < bedragen.length; i++) {
                assertThat(dec(t.get(bedragen[i]))).as(key + " " + bedragen[i]).isEqualByComparingTo(som.get(key)[i]);
            }
        }
    }

    @Test
    void everyRowRecomputesFromItsOwnColumns() {
        herreken(pvps);
    }

    /**
     * Issue 13's "done when": the demo's deliveries together use all fifteen formula types (E-U without I and L), and
     * every row of every run recomputes from its own columns (H and K from svLoon and pensioenloon).
     */
    @Test
    void theDemoDeliveriesTogetherUseAllFifteenFormulaTypesAndEveryRowRecomputes() throws Exception {
        List<CSVRecord> alle = new java.util.ArrayList<>(pvps);
        try (java.util.stream.Stream<Path> s = Files.list(EngineFixture.EXAMPLES)) {
            for (Path l : s.filter(p -> p.getFileName().toString().endsWith("-L002.xml")).sorted().toList()) {
                ProcessRunner.Uitkomst u = f.verwerk(l, tmp.resolve("out-l002"));
                alle.addAll(EngineFixture.csv(u.runDir().resolve("pvp-calculations.csv")));
            }
        }
        herreken(alle);
        assertThat(alle.stream().map(r -> r.get("soortGrondslag")).collect(java.util.stream.Collectors.toSet()))
                .containsExactlyInAnyOrder("E", "F", "G", "H", "J", "K", "M", "N", "O", "P", "Q", "R", "S", "T", "U");
    }

    private static void herreken(List<CSVRecord> rijen) {
        int herrekend = 0;
        for (CSVRecord r : rijen) {
            String soort = r.get("soortGrondslag");
            BigDecimal periodefactor = new BigDecimal(r.get("periodefactor"));
            var invoer = new Grondslagformule.Invoer(dec(r.get("productloon")), nul(r.get("maximumProductloon")),
                    dec(r.get("franchise")), new BigDecimal(r.get("deeltijdfactor")),
                    new BigDecimal(r.get("meetellingswaarde")).movePointLeft(2), periodefactor,
                    Integer.parseInt(r.get("periodiciteitsfactor")), nul(r.get("svLoon")), nul(r.get("pensioenloon")));
            BigDecimal grondslag = Grondslagformule.valueOf(soort).bereken(invoer)
                    .map(g -> g.setScale(2, RoundingMode.HALF_UP)).orElse(null);
            assertThat(grondslag == null ? "" : grondslag.toPlainString()).as("grondslag of %s", r)
                    .isEqualTo(r.get("grondslagBerekend"));

            BigDecimal factor = new BigDecimal(r.get("correctiefactorPremie"));
            BigDecimal premie = !r.get("vastePremie").isEmpty()
                    ? new BigDecimal(r.get("vastePremie")).multiply(periodefactor).multiply(factor)
                    : grondslag == null || r.get("premiepercentage").isEmpty() ? null
                    : grondslag.multiply(new BigDecimal(r.get("premiepercentage")).movePointLeft(2)).multiply(factor);
            assertThat(premie == null ? "" : premie.setScale(2, RoundingMode.HALF_UP).toPlainString())
                    .as("premie of %s", r).isEqualTo(r.get("premieBerekend"));

            String uitGrondslag = !r.get("vastePremie").isEmpty() ? r.get("premieBerekend")
                    : r.get("grondslagAangeleverd").isEmpty() || r.get("premiepercentage").isEmpty() ? ""
                    : new BigDecimal(r.get("grondslagAangeleverd"))
                    .multiply(new BigDecimal(r.get("premiepercentage")).movePointLeft(2)).multiply(factor)
                    .setScale(2, RoundingMode.HALF_UP).toPlainString();
            String vastgesteld = switch (r.get("berekeningsbasis")) {
                case "PREMIE" -> r.get("premieAangeleverd");
                case "BEIDE" -> r.get("premieAangeleverd").isEmpty() ? uitGrondslag : r.get("premieAangeleverd");
                case "GEEN" -> r.get("premieBerekend");
                default -> uitGrondslag;
            };
            assertThat(vastgesteld).as("premie vastgesteld of %s", r).isEqualTo(r.get("premieVastgesteld"));
            herrekend++;
        }
        assertThat(herrekend).isEqualTo(rijen.size()).isPositive();
    }

    @Test
    void theReportReadsAsAReportWithChartsControletotalenAndHeldUnits() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(februari.runDir().resolve("report.xlsx").toFile())) {
            List<String> bladen = new ArrayList<>();
            wb.forEach(s -> bladen.add(s.getSheetName()));
            assertThat(bladen).containsExactly("Samenvatting", "Grafieken", "Controletotalen", "Aangehouden",
                    "Signalen", "Totalen", "Verzekeraarmutaties", "Portaalwerklijst");

            Sheet samenvatting = wb.getSheet("Samenvatting");
            DataFormatter fmt = new DataFormatter();
            Map<String, Cell> waarden = new HashMap<>();
            for (Row row : samenvatting) {
                for (Cell c : row) {
                    assertThat(fmt.formatCellValue(c)).doesNotContain("{").doesNotContain("=[");
                }
                if (row.getCell(0) != null && row.getCell(1) != null) {
                    waarden.putIfAbsent(row.getCell(0).getStringCellValue(), row.getCell(1));
                }
            }
            Cell peildatum = waarden.get("Peildatum");
            assertThat(peildatum.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(peildatum)).isTrue();
            assertThat(fmt.formatCellValue(peildatum)).isEqualTo("2026-03-15");
            assertThat(waarden.get("Geaccepteerd").getNumericCellValue()).isEqualTo(2);
            assertThat(waarden.get("Aangehouden (interne beoordeling)").getNumericCellValue()).isEqualTo(1);
            assertThat(waarden.get("Geweigerd").getNumericCellValue()).isEqualTo(2);
            Cell premie = waarden.get("Premie vastgesteld");
            assertThat(premie.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(premie.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(samenvatting.getColumnWidth(0)).isGreaterThan(30 * 256);

            XSSFSheet grafieken = wb.getSheet("Grafieken");
            List<String> titels = grafieken.getDrawingPatriarch().getCharts().stream()
                    .map(XSSFChart::getTitleText).map(Object::toString).toList();
            assertThat(titels).containsExactly(
                    "Premie vastgesteld per product per tijdvak (geaccepteerde PVP's)",
                    "Grondslag berekend per product per tijdvak (geaccepteerde PVP's)",
                    "Signalen per aard", "De tien meest voorkomende regels");

            // A1000: the collectieve aangifte AAOP counts 101's PVP, which was refused: the difference shows
            Map<String, Integer> kop = kop(wb.getSheet("Controletotalen"));
            Row aaop = zoek(wb.getSheet("Controletotalen"), kop, "AE", "A1000", "AAOP");
            double aangegeven = aaop.getCell(kop.get("Pensioengevend loon (collectieve aangifte)")).getNumericCellValue();
            double som = aaop.getCell(kop.get("Productloon (som geaccepteerde PVP's)")).getNumericCellValue();
            Cell verschil = aaop.getCell(kop.get("Verschil pensioengevend loon"));
            assertThat(aangegeven).isEqualTo(202000.00);
            assertThat(som).isLessThan(aangegeven);
            assertThat(verschil.getNumericCellValue()).isCloseTo(aangegeven - som, org.assertj.core.data.Offset.offset(0.005));
            assertThat(verschil.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(zoek(wb.getSheet("Controletotalen"), kop, "levering", null, "OPNP")).isNotNull();

            Sheet aangehouden = wb.getSheet("Aangehouden");
            Row eerste = aangehouden.getRow(1);
            assertThat(eerste.getCell(4).getStringCellValue()).isEqualTo("000000000000300");
            assertThat(eerste.getCell(6).getStringCellValue()).isEqualTo("20");
            assertThat(eerste.getCell(8).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    @DisplayName("LibreOffice opens report.xlsx with its four charts and the controletotalen (skipped without soffice)")
    void libreOfficeOpensTheReportWithItsChartsAndControletotalen() throws Exception {
        Path soffice = nl.lpg.testsupport.Programmas.opPad("soffice");
        Assumptions.assumeTrue(soffice != null, "soffice not installed (apt-get install libreoffice-calc-nogui):"
                + " report.xlsx not opened in LibreOffice");
        Path uit = Files.createDirectories(tmp.resolve("lo"));
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("lo-profiel").toUri(), "--convert-to", "ods", "--outdir",
                uit.toString(), februari.runDir().resolve("report.xlsx").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished in time").isTrue();
        Path ods = uit.resolve("report.ods");
        assertThat(ods).exists();
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            String content = lees(zip, zip.getEntry("content.xml"));
            assertThat(content).contains("table:name=\"Controletotalen\"").contains("table:name=\"Grafieken\"")
                    .contains("table:name=\"Aangehouden\"").contains("Verschil pensioengevend loon");
            List<String> grafieken = new ArrayList<>();
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().matches("Object \\d+/content.xml")) {
                    String chart = lees(zip, e);
                    if (chart.contains("<chart:chart")) {
                        grafieken.add(chart);
                    }
                }
            }
            assertThat(grafieken).hasSize(4);
            assertThat(String.join("", grafieken)).contains("Signalen per aard")
                    .contains("De tien meest voorkomende regels").contains("Premie vastgesteld per product")
                    .contains("Grondslag berekend per product").contains("chart:class=\"chart:bar\"");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, String> rij(Sheet sheet, int rijnummer, DataFormatter fmt) {
        Row kop = sheet.getRow(0);
        Row row = sheet.getRow(rijnummer - 1);
        Map<String, String> m = new HashMap<>();
        for (Cell c : kop) {
            Cell v = row.getCell(c.getColumnIndex());
            m.put(c.getStringCellValue(), v == null ? "" : fmt.formatCellValue(v));
        }
        return m;
    }

    private static Map<String, Integer> kop(Sheet s) {
        Map<String, Integer> m = new HashMap<>();
        for (Cell c : s.getRow(0)) {
            m.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return m;
    }

    private static Row zoek(Sheet s, Map<String, Integer> kop, String niveau, String aansluitnummer, String product) {
        for (Row row : s) {
            if (row.getRowNum() == 0 || row.getCell(kop.get("Productkeuze")) == null) {
                continue;
            }
            Cell a = row.getCell(kop.get("Aansluitnummer"));
            if (niveau.equals(row.getCell(kop.get("Niveau")).getStringCellValue())
                    && (aansluitnummer == null ? a == null : a != null && aansluitnummer.equals(a.getStringCellValue()))
                    && product.equals(row.getCell(kop.get("Productkeuze")).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no " + niveau + " row for " + aansluitnummer + " " + product);
    }

    private static String lees(ZipFile zip, ZipEntry e) throws Exception {
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static BigDecimal dec(String s) {
        return s == null || s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
    }

    private static BigDecimal nul(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }
}
