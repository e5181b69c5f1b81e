package nl.lpg.it;

import nl.lpg.batch.ProcessRunner;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two example months processed in order on a real MariaDB: the exact signals, the totals and the stand.
 * January is clean; February carries faults of every aard (see examples/tools/genereer_voorbeelden.py).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TweeMaandenIT {

    @TempDir
    static Path out;
    EngineFixture f;
    ProcessRunner.Uitkomst januari;
    ProcessRunner.Uitkomst februari;

    @BeforeAll
    void verwerkBeideMaanden() throws Exception {
        f = new EngineFixture("tweemaanden");
        januari = f.verwerk(EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml"), out);
        februari = f.verwerk(EngineFixture.EXAMPLES.resolve("2026-02-levering-L001.xml"), out);
    }

    @AfterAll
    void sluit() {
        f.close();
    }

    private static List<String> signalen(Path dir) throws Exception {
        return EngineFixture.csv(dir.resolve("signals.csv")).stream()
                .map(r -> String.join(" ", r.get("regel"), r.get("aard"), r.get("aansluitnummer"),
                        r.get("personeelsnummer"), r.get("productkeuze")).trim())
                .toList();
    }

    @Test
    void januaryIsCleanAndAccepted() throws Exception {
        assertThat(januari.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(januari.leveringGeweigerd()).isFalse();
        assertThat(signalen(januari.runDir())).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM run_unit WHERE run_id = ? AND status = 'ACCEPTED'", januari.runId()))
                .isEqualTo(6);
    }

    @Test
    void februaryRaisesExactlyTheSignalsOfItsFaults() throws Exception {
        assertThat(februari.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(signalen(februari.runDir())).containsExactly(
                "243 ONVERWERKBAAR A1000 000000000000101 AAOP",
                "19 ONWAARSCHIJNLIJK A2000",
                "20 INTERNE_BEOORDELING A3000",
                "165 VERWERKBAAR A3000 000000000000300 PPA",
                "26 ONVERWERKBAAR A9999");
    }

    @Test
    void februaryUnitsAreAcceptedHeldOrRefusedByTheirAard() {
        Map<String, String> status = new HashMap<>();
        f.jdbc.query("SELECT personeelsnummer, status FROM run_unit WHERE run_id = ?",
                rs -> {
                    status.put(rs.getString(1), rs.getString(2));
                }, februari.runId());
        assertThat(status).containsEntry("000000000000100", "ACCEPTED")   // no signal
                .containsEntry("000000000000101", "REFUSED")               // BR243 Onverwerkbaar on its own IKV
                .containsEntry("000000000000200", "ACCEPTED")              // BR19 Onwaarschijnlijk on its AE: applied
                .containsEntry("000000000000300", "HELD")                  // BR20 Interne beoordeling on its AE: held
                .containsEntry("000000000000001", "REFUSED");                // BR26: AE refused, nothing more checked
    }

    @Test
    void theStandHoldsWhatWasAcceptedWithIntrekkingApplied() {
        // 000000000000102's January loontijdvak (both IKPs) was withdrawn in February (intrekking on 2026-01-01, BR324).
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikp WHERE personeelsnummer = '000000000000102'")).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM stand_pvp WHERE personeelsnummer = '000000000000102'")).isZero();
        // 000000000000101's February IKV was refused: only January is stored.
        assertThat(f.jdbc.queryForList("SELECT CAST(tijdvak_aanvang AS CHAR) FROM stand_ikp WHERE personeelsnummer = '000000000000101'",
                String.class)).containsExactly("2026-01-01");
        // 000000000000300's February unit is held, X1 was refused with its AE.
        assertThat(f.jdbc.queryForList("SELECT CAST(tijdvak_aanvang AS CHAR) FROM stand_ikp WHERE personeelsnummer = '000000000000300'",
                String.class)).containsExactly("2026-01-01");
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikv WHERE aansluitnummer = 'A9999'")).isZero();
        // 000000000000100 has January and February, 000000000000200 both BOUW four-weekly periods.
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikp WHERE personeelsnummer = '000000000000100'")).isEqualTo(2);
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikp WHERE personeelsnummer = '000000000000200'")).isEqualTo(2);
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikp")).isEqualTo(7);
        assertThat(f.count("SELECT COUNT(*) FROM stand_pvp")).isEqualTo(11);
    }

    @Test
    void totalsAreTheSumOfTheAcceptedCalculations() throws Exception {
        for (Path dir : List.of(januari.runDir(), februari.runDir())) {
            Map<String, BigDecimal[]> som = new HashMap<>();
            Map<String, String> status = new HashMap<>();
            f.jdbc.query("SELECT personeelsnummer, status FROM run_unit WHERE run_id = ?",
                    rs -> {
                        status.put(rs.getString(1), rs.getString(2));
                    }, dir.getFileName().toString());
            for (CSVRecord r : EngineFixture.csv(dir.resolve("pvp-calculations.csv"))) {
                if (!"ACCEPTED".equals(status.get(r.get("personeelsnummer")))) {
                    continue;
                }
                String key = r.get("opdrachtgever") + "|" + r.get("aansluitnummer") + "|" + r.get("productkeuze");
                BigDecimal[] s = som.computeIfAbsent(key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(dec(r.get("productloon")));
                s[1] = s[1].add(dec(r.get("grondslagBerekend")));
                s[2] = s[2].add(dec(r.get("premieVastgesteld")));
            }
            List<CSVRecord> totals = EngineFixture.csv(dir.resolve("totals.csv"));
            assertThat(totals).hasSize(som.size());
            for (CSVRecord t : totals) {
                BigDecimal[] s = som.get(t.get("opdrachtgever") + "|" + t.get("aansluitnummer") + "|" + t.get("productkeuze"));
                assertThat(dec(t.get("productloon"))).isEqualByComparingTo(s[0]);
                assertThat(dec(t.get("grondslagBerekend"))).isEqualByComparingTo(s[1]);
                assertThat(dec(t.get("premieVastgesteld"))).isEqualByComparingTo(s[2]);
            }
        }
    }

    @Test
    void runJsonNamesEveryInputWithItsSha256AndTheCounts() throws Exception {
        String json = java.nio.file.Files.readString(februari.runDir().resolve("run.json"));
        assertThat(json).contains("\"sha256\"").contains("parameters.xlsx").contains("organisatie.xlsx")
                .contains("\"ONVERWERKBAAR\" : 2").contains("\"accepted\" : 2").contains("\"held\" : 1")
                .contains("\"refused\" : 2");
        assertThat(februari.runDir().resolve("report.xlsx")).exists();
    }

    @Test
    void theSameDeliveryAgainIsRefusedAsAWholeByBr16() throws Exception {
        long ikps = f.count("SELECT COUNT(*) FROM stand_ikp");
        ProcessRunner.Uitkomst nogmaals = f.verwerk(EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml"), out);
        assertThat(nogmaals.leveringGeweigerd()).isTrue();
        assertThat(signalen(nogmaals.runDir())).startsWith("16 ONVERWERKBAAR");
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikp")).isEqualTo(ikps);
    }

    private static BigDecimal dec(String s) {
        return s == null || s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
    }
}
