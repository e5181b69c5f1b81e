package nl.lpg.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --out} as a user meets it (issue 8): a folder that cannot be written is refused before anything runs, and a
 * disk that fills up while the outputs are written ends the run with one line; no half run folder appears, and the
 * same command writes them whole once there is room.
 */
class UitvoermapIT {

    @TempDir
    Path tmp;

    private static final String JANUARI = EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml").toAbsolutePath()
            .toString();

    @Test
    void anOutFolderThatCannotBeWrittenIsRefusedWithExit2AndOneLine() throws Exception {
        Path bestand = Files.writeString(tmp.resolve("een bestand"), "x");
        for (Path out : List.of(Path.of("/proc/lpg-uitvoer"), bestand.resolve("uit"))) {
            try (EngineProces p = EngineProces.start("process", JANUARI, "--data", tmp.resolve("data").toString(),
                    "--out", out.toString(), "--parameters", EngineFixture.PARAMETERS.toString())) {
                assertThat(p.wacht(120)).as(p.staart()).isEqualTo(2);
                assertThat(p.stderr).hasSize(1);
                assertThat(p.stderr.get(0)).startsWith("lpg: --out " + out).contains("cannot write there");
                assertThat(p.alles()).doesNotContain("\tat ");
            }
        }
        assertThat(tmp.resolve("data")).doesNotExist(); // refused before the database started
    }

    @Test
    void aFullDiskWhileWritingEndsTheRunWithOneLineAndTheSameCommandWritesTheOutputsWhole() throws Exception {
        Path vol = tmp.resolve("vol");
        Files.createDirectories(vol);
        Assumptions.assumeTrue(mount(vol), "needs root and a kernel that lets the test mount a small tmpfs");
        try {
            // Room for the start check, not for the outputs.
            Path vulling = vol.resolve("vulling");
            Files.write(vulling, new byte[60 * 1024]);
            String[] cmd = {"process", JANUARI, "--data", tmp.resolve("data").toString(), "--out", vol.toString(),
                    "--parameters", EngineFixture.PARAMETERS.toString(), "--peildatum", "2026-03-15"};
            try (EngineProces p = EngineProces.start(cmd)) {
                assertThat(p.wacht(300)).as(p.staart()).isEqualTo(3);
                assertThat(p.stderr).as(p.staart()).hasSize(1);
                assertThat(p.stderr.get(0)).startsWith("lpg: run ").contains("uitvoer", "No space left on device",
                        "run the same command again");
            }
            assertThat(zichtbaar(vol)).containsExactly("vulling");
            Files.delete(vulling);
            try (EngineProces p = EngineProces.start(cmd)) {
                assertThat(p.wacht(300)).as(p.staart()).isZero();
            }
            List<String> mappen = zichtbaar(vol);
            assertThat(mappen).hasSize(1);
            try (Stream<Path> s = Files.list(vol.resolve(mappen.get(0)))) {
                assertThat(s.map(f -> f.getFileName().toString()).toList()).containsExactlyInAnyOrder("signals.csv",
                        "pvp-calculations.csv", "totals.csv", "run.json", "report.xlsx", "insurer-mutations.csv",
                        "portal-worklist.csv");
            }
        } finally {
            new ProcessBuilder("umount", vol.toString()).start().waitFor();
        }
    }

    private static List<String> zichtbaar(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static boolean mount(Path dir) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
