package nl.lpg.it;

import nl.lpg.batch.ProcessRunner;
import nl.lpg.cli.Bench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process run killed half-way (kill -9 of its JVM) restarts with the same command and ends with exactly the result
 * of an uninterrupted run: the same output files (but for runId and durations) and the same stand.
 */
class HerstartIT {

    @TempDir
    Path tmp;

    @Test
    void aRunKilledHalfWayResumesAndEndsAsAnUninterruptedRun() throws Exception {
        Path levering = tmp.resolve("levering.xml");
        Bench.genereer(levering, 4000);

        // Uninterrupted.
        List<String> verwacht;
        List<String> standVerwacht;
        try (EngineFixture f = new EngineFixture("ononderbroken")) {
            ProcessRunner.Uitkomst u = f.verwerk(levering, tmp.resolve("out-a"));
            assertThat(u.status()).isEqualTo(BatchStatus.COMPLETED);
            verwacht = uitvoer(u.runDir());
            standVerwacht = stand(f.jdbc);
        }

        // Killed half-way in a child JVM, then the same command again.
        try (EngineFixture f = new EngineFixture("herstart")) {
            Path out = tmp.resolve("out-b");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dlpg.chunk-size=25", "-cp", System.getProperty("java.class.path"), "nl.lpg.cli.LpgMain",
                    "process", levering.toString(), "--db-url", f.url, "--out", out.toString(),
                    "--peildatum", EngineFixture.PEILDATUM.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            long staged = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && p.isAlive()) {
                staged = tableCount(f.jdbc, "run_unit");
                if (staged >= 500) {
                    break;
                }
                Thread.sleep(20);
            }
            p.destroyForcibly().waitFor();
            assertThat(staged).as("killed after some chunks were committed, before the end").isBetween(500L, 3999L);
            assertThat(f.jdbc.queryForObject("SELECT status FROM lpg_run", String.class)).isEqualTo("RUNNING");

            ProcessRunner.Uitkomst u = f.verwerk(levering, out);
            assertThat(u.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(uitvoer(u.runDir())).isEqualTo(verwacht);
            assertThat(stand(f.jdbc)).isEqualTo(standVerwacht);
            // One run, resumed: the restart continued the same job instance.
            assertThat(f.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Long.class)).isEqualTo(1);
            assertThat(f.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isEqualTo(2);
        }
    }

    private static long tableCount(JdbcTemplate jdbc, String table) {
        try {
            return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        } catch (RuntimeException e) {
            return 0; // not migrated yet
        }
    }

    private static List<String> uitvoer(Path dir) throws Exception {
        List<String> l = new ArrayList<>();
        for (String f : List.of("signals.csv", "pvp-calculations.csv", "totals.csv")) {
            l.add(f + "\n" + Files.readString(dir.resolve(f)));
        }
        return l;
    }

    private static List<String> stand(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT CONCAT_WS('|', personeelsnummer, nummer_ikv, datum_aanvang_ikp, seq, productkeuze,"
                + " productloon, grondslag_berekend, premie_berekend, premie_vastgesteld) FROM stand_pvp"
                + " ORDER BY personeelsnummer, datum_aanvang_ikp, seq", String.class);
    }
}
