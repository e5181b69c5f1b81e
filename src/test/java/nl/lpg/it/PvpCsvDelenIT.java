package nl.lpg.it;

import nl.lpg.database.EmbeddedMariaDb;
import nl.lpg.report.CsvUitvoer;
import nl.lpg.report.PvpCsvDelen;
import nl.lpg.report.RunUitvoer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pvp-calculations.csv is joined from the parts the IKV step printed (issue 10): it must hold exactly the bytes the
 * output step would print from run_pvp_calculation, for every kind of value and for the AEs whose outcome the AE
 * closing changed; a part that is gone or damaged is read from the database instead.
 */
class PvpCsvDelenIT {

    @TempDir
    static Path tmp;

    @Test
    void theJoinedPartsAreTheBytesTheDatabaseGivesAndAMissingOrDamagedPartIsReadFromIt() throws Exception {
        Path levering = tmp.resolve("levering.xml");
        GroteLevering.schrijf(levering, 1_500); // the February example (every aard, held and refused) and 1,500 more
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("out");
        try (EngineProces p = EngineProces.start(List.of("-Dlpg.chunk-size=100"), "process", levering.toString(),
                "--data", data.toString(), "--out", out.toString(), "--peildatum",
                EngineFixture.PEILDATUM.toString(), "--parameters", EngineFixture.PARAMETERS.toAbsolutePath().toString())) {
            assertThat(p.wacht(600)).as(p.staart()).isZero();
            // the bench employees' AE kept its parts; the refused and held AEs of the example were read again
            assertThat(p.alles()).containsPattern("pvp-calculations.csv: [1-9][0-9] of [0-9]+ parts printed by the"
                    + " IKV step, [1-9][0-9]* stretch\\(es\\) read from the database");
        }
        Path runDir;
        try (Stream<Path> s = Files.list(out)) {
            List<Path> mappen = s.toList();
            // the parts are gone once the outputs are written
            assertThat(mappen).hasSize(1);
            runDir = mappen.get(0);
        }
        String runId = runDir.getFileName().toString();
        String geschreven = Files.readString(runDir.resolve("pvp-calculations.csv"), StandardCharsets.UTF_8);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data)) {
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl()));
            List<Map<String, Object>> delen = jdbc.queryForList("SELECT van, tot, rijen, bytes FROM run_pvp_deel"
                    + " WHERE run_id = ? ORDER BY van", runId);
            assertThat(delen).as("the IKV step printed its chunks").hasSizeGreaterThan(10);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_ae WHERE run_id = ? AND status <> 'ACCEPTED'",
                    Integer.class, runId)).as("an AE the closing refused or held").isPositive();

            Path uitDb = tmp.resolve("uit-database.csv");
            CsvUitvoer.schrijf(jdbc, uitDb, CsvUitvoer.PVP, CsvUitvoer.soorten(CsvUitvoer.PVP_SOORTEN),
                    RunUitvoer.PVP_SQL, runId, 0, Integer.MAX_VALUE);
            String database = Files.readString(uitDb, StandardCharsets.UTF_8);
            assertThat(geschreven.lines().count()).isGreaterThan(4_000);
            assertThat(geschreven).isEqualTo(database);

            // the parts again, cut from the file by their recorded rows (no value holds a line break), then one
            // removed and one of another size than recorded
            Path map = PvpCsvDelen.map(tmp.resolve("out2"), runId);
            Files.createDirectories(map);
            List<String> regels = database.lines().skip(1).toList();
            int regel = 0;
            long records = 0;
            for (Map<String, Object> d : delen) {
                int rijen = ((Number) d.get("rijen")).intValue();
                StringBuilder sb = new StringBuilder();
                regels.subList(regel, regel + rijen).forEach(r -> sb.append(r).append("\r\n"));
                regel += rijen;
                records += rijen;
                Files.writeString(map.resolve(d.get("van") + ".csv"), sb, StandardCharsets.UTF_8);
                assertThat(Files.size(map.resolve(d.get("van") + ".csv"))).isEqualTo(((Number) d.get("bytes"))
                        .longValue());
            }
            assertThat(records).as("every row of the file came from a recorded part").isGreaterThan(4_000);
            Files.delete(map.resolve(delen.get(1).get("van") + ".csv"));
            Files.writeString(map.resolve(delen.get(3).get("van") + ".csv"), "kapot\r\n");
            Path opnieuw = tmp.resolve("opnieuw.csv");
            assertThat(PvpCsvDelen.schrijfBestand(jdbc, opnieuw, runId, map)).isTrue();
            assertThat(Files.readString(opnieuw, StandardCharsets.UTF_8)).isEqualTo(database);
            // without the folder the output step reads the database as before
            assertThat(PvpCsvDelen.schrijfBestand(jdbc, opnieuw, runId, tmp.resolve("nergens"))).isFalse();
        }
    }
}
