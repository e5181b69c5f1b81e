package nl.lpg.it;

import nl.lpg.batch.ProcessRunner;
import nl.lpg.parameters.ParameterSet;
import nl.lpg.parameters.VoorbeeldWerkboeken;
import nl.lpg.review.GehoudenEenheid;
import nl.lpg.review.Review;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insurer coupling inside the process job and review (issue 12), on the demo employer A7100: a held unit gives no
 * mutation until it is approved, and the approval gives them through the same StandWriter path; a BLOCKED mutation is
 * released by a later run once the analyst completed the register and the delivery the relation's start date; the
 * run's insurer-mutations.csv, portal-worklist.csv and report.xlsx sheets show it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KoppelingAfleidingIT {

    @TempDir
    static Path out;
    @TempDir
    static Path werk;
    EngineFixture f;
    Path compleet;

    @BeforeAll
    void start() throws Exception {
        f = new EngineFixture("koppeling");
        // the register as the analyst completes it: 713's e-mail and nationaliteit
        compleet = werk.resolve("parameters-compleet");
        VoorbeeldWerkboeken.schrijf(compleet);
        Path org = compleet.resolve("organisatie.xlsx");
        try (InputStream in = Files.newInputStream(org); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("KoppelingDeelnemers");
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                if ("713".equals(s.getRow(r).getCell(1).getStringCellValue())) {
                    s.getRow(r).createCell(3).setCellValue("a.dewit@example.nl");
                    s.getRow(r).createCell(4).setCellValue("Nederlandse");
                }
            }
            try (OutputStream o = Files.newOutputStream(werk.resolve("org.tmp"))) {
                wb.write(o);
            }
        }
        Files.move(werk.resolve("org.tmp"), org, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private ProcessRunner.Uitkomst verwerk(Path levering, Path parameters) throws Exception {
        return f.context.getBean(ProcessRunner.class).verwerk(levering, parameters, out, EngineFixture.PEILDATUM);
    }

    private static List<String> mutaties(Path runDir) throws Exception {
        return EngineFixture.csv(runDir.resolve("insurer-mutations.csv")).stream().map(KoppelingAfleidingIT::regel)
                .toList();
    }

    private static String regel(CSVRecord r) {
        return String.join(" ", r.get("personeelsnummer").replaceFirst("^0+", ""), r.get("soortMutatie"),
                r.get("ingangsdatum"), r.get("oudSalaris") + ">" + r.get("nieuwSalaris"),
                r.get("oudeDeeltijdfactor") + ">" + r.get("nieuweDeeltijdfactor"), r.get("status"), r.get("batch"));
    }

    @Test
    @DisplayName("held by BR20: nothing until approved; approve gives the unit's mutations; a BLOCKED one is released when the data is complete")
    void gehoudenGoedgekeurdEnVrijgegeven() throws Exception {
        Path ex = EngineFixture.EXAMPLES;
        verwerk(ex.resolve("2025-12-levering-L003.xml"), EngineFixture.PARAMETERS);
        // January with a loonheffingennummer the register does not have: BR20 (Interne beoordeling) holds the AE
        Path jan = werk.resolve("2026-01-gehouden.xml");
        Files.writeString(jan, Files.readString(ex.resolve("2026-01-levering-L003.xml"))
                .replace("912345678L01", "999999999L01"));
        ProcessRunner.Uitkomst januari = verwerk(jan, EngineFixture.PARAMETERS);
        assertThat(f.count("SELECT COUNT(*) FROM run_unit WHERE run_id = ? AND status = 'HELD'", januari.runId()))
                .isEqualTo(5);
        assertThat(f.count("SELECT COUNT(*) FROM insurer_mutatie")).isZero();
        assertThat(mutaties(januari.runDir())).isEmpty();

        // approve 710 and 713 through review (the StandWriter path of the stand step), the register of the shipped
        // workbooks: 710's collective adjustment goes to the outbox, 713's is BLOCKED
        Review review = f.context.getBean(Review.class);
        var org = ParameterSet.load(EngineFixture.PARAMETERS).organisatie();
        for (GehoudenEenheid u : review.lijst(false)) {
            if (u.personeelsnummer().endsWith("710") || u.personeelsnummer().endsWith("713")) {
                review.keurGoed(u.unit(), "M. de Boer", "loonheffingennummer gecontroleerd", org);
            }
        }
        assertThat(f.jdbc.queryForList("SELECT CONCAT(personeelsnummer, ' ', soort, ' ', status, ' ', bron)"
                + " FROM insurer_mutatie ORDER BY id", String.class)).containsExactly(
                "000000000000710 SALARIS OUTBOX review " + januari.runId() + ":ikv:1",
                "000000000000713 SALARIS BLOCKED review " + januari.runId() + ":ikv:4");

        // February with the register completed (713's e-mail, nationaliteit) and the relation's start date delivered
        Path feb = werk.resolve("2026-02-compleet.xml");
        Files.writeString(feb, Files.readString(ex.resolve("2026-02-levering-L003-volgnummer-1.xml"))
                .replace("burgerlijkeStaat=\"SAMENWONEND\"",
                        "burgerlijkeStaat=\"SAMENWONEND\" datumBurgerlijkeStaat=\"2024-05-01\""));
        ProcessRunner.Uitkomst februari = verwerk(feb, compleet);
        List<String> csv = mutaties(februari.runDir());
        // released in order: January's SALARIS, then February's DEELTIJD that waited for it
        assertThat(csv).contains("713 SALARIS 2026-01-01 30000.00>30900.00 1.0000>1.0000 OUTBOX"
                + " COLLECTIEF-A7100-2026-01-01", "713 DEELTIJD 2026-02-01 30900.00>30900.00 1.0000>0.9000 OUTBOX ");
        assertThat(EngineFixture.csv(februari.runDir().resolve("insurer-mutations.csv")).stream()
                .filter(r -> r.get("personeelsnummer").endsWith("713")).findFirst().orElseThrow().get("afgeleidInRun"))
                .isEqualTo(januari.runId());
        // 711 and 712 were never applied in January (held, not approved): their February values are compared with
        // December, 715 is new; 714 is not in February's delivery
        assertThat(csv).contains("710 SALARIS 2026-02-01 49440.00>52000.00 1.0000>1.0000 OUTBOX ",
                "712 SALARIS_DEELTIJD 2026-02-01 36000.00>37080.00 0.8000>0.9000 OUTBOX ",
                "715 INDIENST 2026-02-01 >38000.00 >0.8000 OUTBOX ");
        // the portal: NP starts for 710, 711 moved abroad, 712 married, 713's relation got its start date
        assertThat(EngineFixture.csv(februari.runDir().resolve("portal-worklist.csv")).stream()
                .map(r -> r.get("personeelsnummer").replaceFirst("^0+", "") + " " + r.get("soort")).toList())
                .containsExactly("710 NP_DEELNAME", "711 ADRES", "712 BURGERLIJKE_STAAT", "713 PARTNER");
        assertThat(f.count("SELECT COUNT(*) FROM insurer_mutatie WHERE status = 'BLOCKED'")).isZero();
        try (InputStream in = Files.newInputStream(februari.runDir().resolve("report.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Verzekeraarmutaties").getLastRowNum()).isEqualTo(csv.size());
            assertThat(wb.getSheet("Portaalwerklijst").getLastRowNum()).isEqualTo(4);
        }

        // the same February delivered again (a new volgnummer, same values): nothing new
        long voor = f.count("SELECT COUNT(*) FROM insurer_mutatie");
        Path nogmaals = werk.resolve("2026-02-nogmaals.xml");
        Files.writeString(nogmaals, Files.readString(feb).replace("volgnummer=\"1\"", "volgnummer=\"3\""));
        ProcessRunner.Uitkomst herhaald = verwerk(nogmaals, compleet);
        assertThat(f.count("SELECT COUNT(*) FROM insurer_mutatie")).isEqualTo(voor);
        assertThat(mutaties(herhaald.runDir())).isEmpty();
        assertThat(EngineFixture.csv(herhaald.runDir().resolve("portal-worklist.csv"))).isEmpty();
    }
}
