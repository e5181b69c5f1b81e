package nl.lpg.it;

import nl.lpg.database.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IKV step (ranges of the file) and the stand step (by employee) run in partitions side by side
 * ({@code lpg.partitions}); whatever their number, a run ends with the same bytes in every output file and the same
 * stand as one thread. Each run is its own engine process with its own
 * embedded database, as a user would run it.
 */
class PartitiesIT {

    @TempDir
    static Path tmp;

    private record Uitkomst(Map<String, String> uitvoer, List<String> stand) {
    }

    private static Uitkomst verwerk(Path levering, int partities) throws Exception {
        Path data = tmp.resolve("data " + partities);
        Path out = tmp.resolve("out " + partities);
        for (Object[] run : new Object[][]{{EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml"),
                tmp.resolve("jan " + partities)}, {levering, out}}) {
            List<String> args = new ArrayList<>(List.of("process", run[0].toString(), "--data", data.toString(),
                    "--out", run[1].toString(), "--peildatum", EngineFixture.PEILDATUM.toString(), "--parameters",
                    EngineFixture.PARAMETERS.toAbsolutePath().toString()));
            try (EngineProces p = EngineProces.start(List.of("-Dlpg.partitions=" + partities, "-Dlpg.chunk-size=100"),
                    args.toArray(String[]::new))) {
                assertThat(p.wacht(600)).as(p.staart()).isZero();
            }
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data)) {
            return new Uitkomst(HerstartNaKill9IT.uitvoer(out), HerstartNaKill9IT.stand(db.jdbcUrl()));
        }
    }

    @Test
    void oneAndThreePartitionsGiveTheSameBytesAndStand() throws Exception {
        Path levering = tmp.resolve("levering.xml");
        GroteLevering.schrijf(levering, 2_000); // the February example (every aard) and 2,000 bench employees
        Uitkomst een = verwerk(levering, 1);
        assertThat(een.uitvoer().get("run.json")).containsPattern("\"held\" : [1-9]")
                .containsPattern("\"refused\" : [1-9]");
        for (int n : new int[]{3}) {
            Uitkomst meer = verwerk(levering, n);
            assertThat(meer.uitvoer()).as(n + " partitions").isEqualTo(een.uitvoer());
            assertThat(meer.stand()).as(n + " partitions").isEqualTo(een.stand());
        }
    }
}
