package nl.lpg.it;

import nl.lpg.database.EmbeddedMariaDb;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The corpus of bad input ({@code src/test/resources/slechte-invoer/index.tsv}), each case run as a user meets it:
 * {@code lpg process} in a JVM of its own with a 256 MB heap. Every case is refused with its exit code and the place
 * of the fault on the first stderr line, without a stack trace, an OutOfMemoryError, a BSN or IBAN, and the stand
 * stays as it was.
 * <p>
 * Cases refused on the workbooks or the XSD stop before the database starts, so they cost one JVM start. Cases refused
 * by the business rules run against one shared {@code --data} holding the January example, one at a time (one owner
 * per data directory); the stand is compared after each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlechteInvoerCorpusIT {

    static final Path CORPUS = Path.of("src", "test", "resources", "slechte-invoer");
    static final Path BASIS = Path.of("examples", "2026-01-levering-L001.xml");
    static final Path WERKBOEKEN = Path.of("parameters-xlsx");
    static final String PEILDATUM = LocalDate.of(2026, 3, 15).toString();
    /** The IBAN the corpus delivers (rekeningnummer-te-lang); it may show up nowhere. */
    static final String IBAN = "NL91ABNA0417164300";
    /** What the external entities of the corpus would read, were they followed. */
    static final List<String> GEHEIMEN = List.of("root:x:0:0", "GEHEIM-LPG-7731");

    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at \\S|Exception in thread|^Caused by:");

    record Geval(String soort, String naam, String bron, int exit, Pattern plaats, String fout) {
        @Override
        public String toString() {
            return soort + " " + naam + ": " + fout;
        }
    }

    record Uitslag(int exit, String stdout, String stderr) {
    }

    @TempDir
    static Path tmp;
    Path data;
    List<String> bsns;
    TreeMap<String, List<String>> standVooraf;

    @BeforeAll
    void standMetJanuari() throws Exception {
        // Under target/ so a failed run can be inspected (the temp dir would do as well: --data is kept anywhere).
        data = Path.of("target", "slechte-invoer-data").toAbsolutePath();
        wis(data);
        bsns = new ArrayList<>();
        Matcher m = Pattern.compile("bsn=\"([0-9]{9})\"").matcher(Files.readString(BASIS));
        while (m.find()) {
            bsns.add(m.group(1));
        }
        assertThat(bsns).isNotEmpty();
        Uitslag januari = lpg(BASIS, WERKBOEKEN, 300);
        assertThat(januari.exit()).as("the valid January example\n%s%s", januari.stdout(), januari.stderr()).isZero();
        standVooraf = stand();
        assertThat(standVooraf.values()).as("the stand holds the January example").anyMatch(rows -> !rows.isEmpty());
    }

    @AfterAll
    void ruimOp() throws IOException {
        wis(data); // a few hundred MB of database files
    }

    static List<Geval> index() throws IOException {
        List<Geval> l = new ArrayList<>();
        List<String> regels = Files.readAllLines(CORPUS.resolve("index.tsv"));
        for (String r : regels.subList(1, regels.size())) {
            if (r.isBlank()) {
                continue;
            }
            String[] k = r.split("\t", -1);
            l.add(new Geval(k[0], k[1], k[2], Integer.parseInt(k[3]), Pattern.compile(k[4]), k[5]));
        }
        return l;
    }

    @Test
    void everyDeliveryOfTheCorpusIsListedInTheIndexAndTheCorpusIsLargeEnough() throws IOException {
        Set<String> bestanden = new LinkedHashSet<>();
        try (Stream<Path> s = Files.list(CORPUS.resolve("leveringen"))) {
            s.forEach(p -> bestanden.add("leveringen/" + p.getFileName()));
        }
        List<Geval> index = index();
        Set<String> genoemd = new LinkedHashSet<>();
        index.stream().map(Geval::bron).filter(b -> !b.equals("gegenereerd")).forEach(genoemd::add);
        assertThat(genoemd).containsExactlyInAnyOrderElementsOf(bestanden);
        assertThat(index.stream().filter(g -> g.soort().equals("levering"))).hasSizeGreaterThanOrEqualTo(25);
        assertThat(index.stream().filter(g -> g.soort().equals("werkboek"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(index.stream().map(g -> g.soort() + "/" + g.naam()).toList()).doesNotHaveDuplicates();
    }

    @TestFactory
    List<DynamicNode> everyBadInputIsRefusedCleanly() throws IOException {
        List<Geval> index = index();
        List<DynamicNode> tests = new ArrayList<>();
        // Refused before the database starts: unusable deliveries and broken workbooks.
        for (Geval g : index) {
            if (g.exit() == 2) {
                tests.add(DynamicTest.dynamicTest(g.toString(), () -> {
                    Uitslag u = g.soort().equals("werkboek") ? lpg(BASIS, werkboeken(g.naam()), 120)
                            : lpg(levering(g), WERKBOEKEN, 120);
                    schoonGeweigerd(g, u);
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("the stand is unchanged after every unusable delivery and workbook",
                () -> assertThat(stand()).isEqualTo(standVooraf)));
        // Refused whole by the business rules: one at a time on the shared stand, compared after each.
        for (Geval g : index) {
            if (g.exit() != 2) {
                tests.add(DynamicTest.dynamicTest(g.toString(), () -> {
                    schoonGeweigerd(g, lpg(levering(g), WERKBOEKEN, 300));
                    assertThat(stand()).as("the stand after %s", g.naam()).isEqualTo(standVooraf);
                }));
            }
        }
        return tests;
    }

    private void schoonGeweigerd(Geval g, Uitslag u) {
        String alles = u.stdout() + "\n" + u.stderr();
        String eerste = u.stderr().lines().findFirst().orElse("");
        assertThat(u.exit()).as("exit code; stderr:\n%s", u.stderr()).isEqualTo(g.exit());
        assertThat(eerste).as("the first stderr line names the place of the fault").startsWith("lpg: ")
                .containsPattern(g.plaats());
        assertThat(STACK_TRACE.matcher(alles).find()).as("no stack trace in\n%s", alles).isFalse();
        assertThat(alles).doesNotContain("OutOfMemoryError");
        for (String bsn : bsns) {
            assertThat(alles).as("no BSN").doesNotContain(bsn);
        }
        assertThat(alles).as("no IBAN").doesNotContain(IBAN);
        for (String geheim : GEHEIMEN) {
            assertThat(alles).as("no external entity followed").doesNotContain(geheim);
        }
    }

    /** {@code lpg process} in a JVM of its own, as bin/lpg starts it but with a 256 MB heap. */
    private Uitslag lpg(Path levering, Path parameters, int timeoutSeconden) throws IOException, InterruptedException {
        Path uit = Files.createTempFile(tmp, "stdout", ".txt");
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "nl.lpg.cli.LpgMain",
                "process", levering.toString(), "--data", data.toString(), "--out", tmp.resolve("out").toString(),
                "--peildatum", PEILDATUM, "--parameters", parameters.toString())
                .redirectOutput(uit.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(timeoutSeconden, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            fail("lpg process " + levering.getFileName() + " still running after " + timeoutSeconden + " s");
        }
        return new Uitslag(p.exitValue(), Files.readString(uit, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1));
    }

    /** Every stand_* table, row by row in a stable order: what "nothing in the stand" is measured on. */
    private TreeMap<String, List<String>> stand() throws SQLException {
        TreeMap<String, List<String>> tabellen = new TreeMap<>();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data);
             Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
            List<String> namen = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name LIKE 'stand\\_%'")) {
                while (rs.next()) {
                    namen.add(rs.getString(1));
                }
            }
            assertThat(namen).as("stand tables").isNotEmpty();
            for (String t : namen) {
                List<String> rijen = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        rijen.add(b.toString());
                    }
                }
                rijen.sort(Comparator.naturalOrder());
                tabellen.put(t, rijen);
            }
        }
        return tabellen;
    }

    // ---- deliveries generated at test time (too large, or too hostile, to keep in the repository) ----

    private Path levering(Geval g) throws IOException {
        if (!g.bron().equals("gegenereerd")) {
            return CORPUS.resolve(g.bron());
        }
        String basis = Files.readString(BASIS);
        Path p = tmp.resolve(g.naam() + ".xml");
        switch (g.naam()) {
            case "miljard-lachen" -> {
                StringBuilder dtd = new StringBuilder("<!DOCTYPE levering [<!ENTITY lol0 \"lol\">");
                for (int i = 1; i <= 9; i++) {
                    dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                            .append("\">");
                }
                dtd.append("]>\n");
                Files.writeString(p, basis.replaceFirst("<levering ", dtd + "<levering ")
                        .replace("achternaam=\"Jansen\"", "achternaam=\"&lol9;\""));
            }
            case "diepe-nesting" -> {
                int i = basis.indexOf("<inkomstenverhouding");
                String tag = basis.substring(i, basis.indexOf('>', i) + 1);
                try (Writer w = Files.newBufferedWriter(p)) {
                    w.write(basis, 0, i);
                    for (int d = 0; d < 10_000; d++) {
                        w.write(tag);
                    }
                    for (int d = 0; d < 10_000; d++) {
                        w.write("</inkomstenverhouding>");
                    }
                    w.write(basis, i, basis.length() - i);
                }
            }
            case "attribuut-50-mb" -> {
                int i = basis.indexOf("achternaam=\"Jansen\"") + "achternaam=\"".length();
                char[] blok = new char[1 << 20];
                java.util.Arrays.fill(blok, 'J');
                try (Writer w = Files.newBufferedWriter(p)) {
                    w.write(basis, 0, i);
                    for (int mb = 0; mb < 50; mb++) {
                        w.write(blok);
                    }
                    int na = i + "Jansen".length();
                    w.write(basis, na, basis.length() - na);
                }
            }
            default -> throw new IllegalArgumentException("no generator for delivery " + g.naam());
        }
        return p;
    }

    // ---- broken workbooks, each made from the shipped ones with one fault ----

    private Path werkboeken(String naam) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("werkboek-" + naam));
        Path par = dir.resolve("parameters.xlsx");
        Path org = dir.resolve("organisatie.xlsx");
        Files.copy(WERKBOEKEN.resolve("parameters.xlsx"), par);
        Files.copy(WERKBOEKEN.resolve("organisatie.xlsx"), org);
        switch (naam) {
            case "parameters-ontbreekt" -> Files.delete(par);
            case "leeg-werkboek" -> Files.write(par, new byte[0]);
            case "csv-als-werkboek" -> Files.writeString(org, "aansluitnummer;opdrachtgever;naam\nA1000;ABP;Gemeente\n");
            case "afgebroken-werkboek" -> {
                byte[] b = Files.readAllBytes(par);
                Files.write(par, java.util.Arrays.copyOf(b, b.length / 2));
            }
            case "xls-met-xlsx-naam" -> {
                try (HSSFWorkbook xls = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(org)) {
                    xls.createSheet("Aansluitingen").createRow(0).createCell(0).setCellValue("aansluitnummer");
                    xls.write(out);
                }
            }
            case "tekst-in-getal" -> bewerk(par, wb -> cel(wb, "Opdrachtgevers", 2, "maxDeeltijdfactor").setCellValue("veel"));
            case "datum-30-februari" -> bewerk(par, wb -> cel(wb, "Opdrachtgevers", 2, "einde").setCellValue("2026-02-30"));
            case "einde-voor-ingang" -> bewerk(par, wb -> cel(wb, "Opdrachtgevers", 2, "einde")
                    .setCellValue(LocalDate.of(2014, 12, 31)));
            case "kolom-ontbreekt" -> bewerk(par, wb -> wb.getSheet("Regels").getRow(0)
                    .getCell(kolom(wb.getSheet("Regels"), "aard")).setCellValue("soort"));
            case "tabblad-ontbreekt" -> bewerk(org, wb -> wb.removeSheetAt(wb.getSheetIndex("AansluitingCao")));
            case "overlappende-geldigheid" -> bewerk(par, wb -> cel(wb, "Opdrachtgevers", 3, "ingang")
                    .setCellValue(LocalDate.of(2025, 6, 1)));
            case "onbekende-code" -> bewerk(par, wb -> cel(wb, "Regels", 2, "aard").setCellValue("FOUT"));
            case "formule-zonder-resultaat" -> bewerk(par, wb -> {
                Cell c = cel(wb, "Opdrachtgevers", 2, "maxDeeltijdfactor");
                c.setBlank();
                c.setCellFormula("5/4"); // POI stores no result: that takes a spreadsheet program
            });
            case "foutwaarde-in-cel" -> bewerk(par, wb -> cel(wb, "Opdrachtgevers", 2, "maxDeeltijdfactor")
                    .setCellErrorValue(FormulaError.DIV0.getCode()));
            case "externe-entiteit" -> {
                Path geheim = tmp.resolve("geheim.txt");
                Files.writeString(geheim, GEHEIMEN.get(1));
                herschrijf(par, "xl/sharedStrings.xml", (xml, out) -> out.write(naDeclaratie(xml,
                        "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + geheim.toUri() + "\">]>")
                        .replaceFirst("<t>[^<]*</t>", "<t>&xxe;</t>").getBytes(StandardCharsets.UTF_8)));
            }
            case "zip-bom" -> herschrijf(par, "xl/worksheets/sheet2.xml", (xml, out) -> {
                int i = xml.indexOf("?>") + 2;
                out.write(xml.substring(0, i).getBytes(StandardCharsets.UTF_8));
                byte[] spaties = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                for (int mb = 0; mb < 50; mb++) {
                    out.write(spaties);
                }
                out.write(xml.substring(i).getBytes(StandardCharsets.UTF_8));
            });
            default -> throw new IllegalArgumentException("no generator for workbook " + naam);
        }
        return dir;
    }

    interface Bewerking {
        void toepassen(XSSFWorkbook wb);
    }

    interface Deel {
        void schrijf(String xml, OutputStream out) throws IOException;
    }

    private static void bewerk(Path xlsx, Bewerking b) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        b.toepassen(wb);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
        wb.close();
    }

    private static int kolom(Sheet sheet, String naam) {
        for (Cell c : sheet.getRow(0)) {
            if (naam.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + naam + " in " + sheet.getSheetName());
    }

    /** The cell of a column in the row with 1-based number {@code rij}, as Excel shows it. */
    private static Cell cel(XSSFWorkbook wb, String sheet, int rij, String kolom) {
        Sheet sh = wb.getSheet(sheet);
        Row r = sh.getRow(rij - 1);
        int k = kolom(sh, kolom);
        Cell c = r.getCell(k);
        return c == null ? r.createCell(k) : c;
    }

    /** Rewrites one part of a workbook (a zip), copying the others unchanged. */
    private static void herschrijf(Path xlsx, String deel, Deel nieuw) throws IOException {
        Path tijdelijk = xlsx.resolveSibling(xlsx.getFileName() + ".nieuw");
        try (ZipFile zip = new ZipFile(xlsx.toFile()); OutputStream os = Files.newOutputStream(tijdelijk);
             ZipOutputStream zos = new ZipOutputStream(os)) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                zos.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    if (e.getName().equals(deel)) {
                        nieuw.schrijf(new String(in.readAllBytes(), StandardCharsets.UTF_8), zos);
                    } else {
                        in.transferTo(zos);
                    }
                }
                zos.closeEntry();
            }
        }
        Files.move(tijdelijk, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String naDeclaratie(String xml, String invoeging) {
        int i = xml.indexOf("?>") + 2;
        return xml.substring(0, i) + invoeging + xml.substring(i);
    }

    private static void wis(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
