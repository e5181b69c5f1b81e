package nl.lpg.it;

import nl.lpg.cli.LpgMain;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken delivery or workbook is refused whole with the place of the fault, exit 2, and leaves the stand untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OngeldigeInvoerIT {

    @TempDir
    static Path tmp;
    EngineFixture f;
    long ikpsVooraf;

    @BeforeAll
    void standMetJanuari() throws Exception {
        f = new EngineFixture("ongeldig");
        f.verwerk(EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml"), tmp.resolve("out"));
        ikpsVooraf = f.count("SELECT COUNT(*) FROM stand_ikp");
        assertThat(ikpsVooraf).isPositive();
    }

    @AfterAll
    void sluit() {
        f.close();
    }

    private record Resultaat(int exit, String stderr) {
    }

    private Resultaat lpg(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 6];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--db-url";
            all[args.length + 1] = f.url;
            all[args.length + 2] = "--out";
            all[args.length + 3] = tmp.resolve("out").toString();
            all[args.length + 4] = "--peildatum";
            all[args.length + 5] = LocalDate.of(2026, 3, 15).toString();
            int exit = LpgMain.run(all);
            return new Resultaat(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void malformedXmlIsRefusedWithLineAndColumnAndTheStandIsUnchanged() throws Exception {
        String goed = Files.readString(EngineFixture.EXAMPLES.resolve("2026-02-levering-L001.xml"));
        // line 3 loses its closing quote: not well-formed XML
        String[] lines = goed.split("\n");
        lines[2] = lines[2].replaceFirst("periodiciteit=\"MAAND\"", "periodiciteit=\"MAAND");
        Path kapot = tmp.resolve("kapot.xml");
        Files.writeString(kapot, String.join("\n", lines));
        Resultaat r = lpg("process", kapot.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).containsPattern("kapot\\.xml:3:\\d+: ");
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikp")).isEqualTo(ikpsVooraf);
    }

    @Test
    void aDeliveryThatBreaksTheXsdIsRefusedWithItsPlace() throws Exception {
        String goed = Files.readString(EngineFixture.EXAMPLES.resolve("2026-02-levering-L001.xml"));
        Path fout = tmp.resolve("xsd.xml");
        Files.writeString(fout, goed.replaceFirst("deeltijdfactor=\"0.8000\"", "deeltijdfactor=\"veel\""));
        Resultaat r = lpg("process", fout.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).containsPattern("xsd\\.xml:4:\\d+: .*veel");
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikp")).isEqualTo(ikpsVooraf);
        assertThat(f.count("SELECT COUNT(*) FROM levering_ontvangen WHERE periode_levering = '2026-02'")).isZero();
    }

    @Test
    void aBrokenWorkbookIsRefusedWithSheetAndCellAndTheStandIsUnchanged() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("kapotte-parameters"));
        Files.copy(EngineFixture.PARAMETERS.resolve("organisatie.xlsx"), dir.resolve("organisatie.xlsx"));
        try (InputStream in = Files.newInputStream(EngineFixture.PARAMETERS.resolve("parameters.xlsx"));
             Workbook wb = new XSSFWorkbook(in)) {
            // Opdrachtgevers row 2: a maxDeeltijdfactor that is not a number
            var sheet = wb.getSheet("Opdrachtgevers");
            int col = -1;
            for (var c : sheet.getRow(0)) {
                if ("maxDeeltijdfactor".equals(c.getStringCellValue())) {
                    col = c.getColumnIndex();
                }
            }
            sheet.getRow(1).getCell(col).setCellValue("een");
            try (OutputStream out = Files.newOutputStream(dir.resolve("parameters.xlsx"))) {
                wb.write(out);
            }
            String ref = "Opdrachtgevers!" + new org.apache.poi.ss.util.CellReference(1, col).formatAsString(false);
            Resultaat r = lpg("process", EngineFixture.EXAMPLES.resolve("2026-02-levering-L001.xml").toString(),
                    "--parameters", dir.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.stderr()).contains(ref + ": 'een' is not a number");
        }
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikp")).isEqualTo(ikpsVooraf);
        Resultaat check = lpg("check-parameters", dir.toString());
        assertThat(check.exit()).isEqualTo(2);
    }
}
