package nl.lpg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JIT the launcher {@code bin/lpg} chooses (issue 10): C2 alone for a long run, and how much it inlines by the
 * size of the run. Runs the real script in its own process, with a {@code java} on the PATH that prints the options it
 * was given instead of starting a JVM.
 */
class LauncherJitKeuzeTest {

    @TempDir
    static Path tmp;

    static Path lpg;
    static Path nepJava;

    @BeforeAll
    static void launcherBesideAJar() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("app/bin"));
        lpg = bin.resolve("lpg");
        Files.copy(Path.of("bin/lpg"), lpg);
        Files.setPosixFilePermissions(lpg, PosixFilePermissions.fromString("rwxr-xr-x"));
        // the script builds the jar when it is missing: an empty one stands in for it
        Files.createDirectories(tmp.resolve("app/target"));
        Files.writeString(tmp.resolve("app/target/lpg-engine.jar"), "");
        Path javaDir = Files.createDirectories(tmp.resolve("nep"));
        nepJava = javaDir.resolve("java");
        Files.writeString(nepJava, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(nepJava, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String opties(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", lpg.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PATH", nepJava.getParent() + ":" + System.getenv("PATH"));
        pb.environment().put("LPG_CDS", "off");
        pb.environment().remove("LPG_JIT");
        pb.environment().remove("LPG_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void aShortBenchKeepsTheTieredCompilersAndTheDefaultInlining() throws Exception {
        String o = opties(Map.of(), "bench", "--n", "10000");
        assertThat(o).doesNotContain("TieredCompilation").doesNotContain("FreqInlineSize").endsWith("bench --n 10000");
    }

    @Test
    void aRunOfAHundredThousandCompilesWithC2AloneAndInlinesLittle() throws Exception {
        assertThat(opties(Map.of(), "bench", "--n", "100000"))
                .contains("-XX:-TieredCompilation").contains("-XX:FreqInlineSize=50");
    }

    @Test
    void aRunOfAMillionInlinesMoreForTheCodesOwnSpeed() throws Exception {
        assertThat(opties(Map.of(), "bench", "--n", "1000000")).contains("-XX:-TieredCompilation")
                .contains("-XX:FreqInlineSize=100").doesNotContain("FreqInlineSize=50");
        // a series is chosen for by its largest N
        assertThat(opties(Map.of(), "bench", "--reeks", "10000,100000,1000000")).contains("-XX:FreqInlineSize=100");
        assertThat(opties(Map.of(), "worker")).contains("-XX:-TieredCompilation").contains("-XX:FreqInlineSize=100");
    }

    @Test
    void aDeliveryIsSizedByItsFile() throws Exception {
        Path groot = tmp.resolve("levering.xml");
        try (var f = new java.io.RandomAccessFile(groot.toFile(), "rw")) {
            f.setLength(160_000_000L); // about 100,000 IKVs
        }
        assertThat(opties(Map.of(), "process", groot.toString()))
                .contains("-XX:-TieredCompilation").contains("-XX:FreqInlineSize=50");
        Path klein = tmp.resolve("klein.xml");
        Files.writeString(klein, "<x/>");
        assertThat(opties(Map.of(), "process", klein.toString()))
                .doesNotContain("TieredCompilation").doesNotContain("FreqInlineSize");
    }

    @Test
    void theOperatorsChoiceWins() throws Exception {
        assertThat(opties(Map.of("LPG_JIT", "tiered"), "bench", "--n", "100000"))
                .doesNotContain("TieredCompilation").doesNotContain("FreqInlineSize");
        assertThat(opties(Map.of("LPG_JIT", "c2"), "bench", "--n", "1000"))
                .contains("-XX:-TieredCompilation").contains("-XX:FreqInlineSize=50");
        String eigen = opties(Map.of("LPG_JAVA_OPTS", "-Xmx1g -XX:-TieredCompilation -XX:FreqInlineSize=200"),
                "bench", "--n", "100000");
        assertThat(eigen).startsWith("-Xmx1g -XX:-TieredCompilation -XX:FreqInlineSize=200 -jar")
                .doesNotContain("FreqInlineSize=50");
    }
}
