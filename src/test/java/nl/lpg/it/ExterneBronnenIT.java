package nl.lpg.it;

import nl.lpg.bronnen.BrpStub;
import nl.lpg.rules.extern.BrpExtract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external sources as an operator uses them, each command in a JVM of its own: the shipped extracts imported with
 * {@code import-brp} and {@code import-pensioenadministratie}, {@code rules} then listing none as "needs external
 * source", and {@code process --brp-url} against a local stand-in of the Haal Centraal API giving the same signals as
 * the imported extract; a BRP that is down ends the run with exit 3 and one line, and the same command resumes it.
 */
class ExterneBronnenIT {

    static final Path EXAMPLES = Path.of("examples");
    static final Path LEVERING = EXAMPLES.resolve("2026-03-levering-L001-1.xml");

    @TempDir
    Path tmp;

    private static EngineProces.Uitslag lpg(String... args) throws Exception {
        try (EngineProces p = EngineProces.start(args)) {
            int exit = p.wacht(300);
            return new EngineProces.Uitslag(exit, p.alles(), List.copyOf(p.stdout), List.copyOf(p.stderr));
        }
    }

    private String[] opties(String data, String... meer) {
        return Stream.concat(Stream.of("--data", tmp.resolve(data).toString(), "--out", tmp.resolve("out").toString(),
                "--peildatum", "2026-03-15"), Stream.of(meer)).toArray(String[]::new);
    }

    private static String[] cmd(String commando, String arg, String[] opties) {
        return Stream.concat(arg == null ? Stream.of(commando) : Stream.of(commando, arg), Stream.of(opties))
                .toArray(String[]::new);
    }

    /** signals.csv of the run the DONE line names, sorted. */
    private static List<String> signalen(EngineProces.Uitslag u) throws Exception {
        String done = u.stdout().stream().filter(l -> l.startsWith("DONE ") || l.startsWith("REFUSED ")).findFirst()
                .orElseThrow(() -> new AssertionError(u.alles()));
        Path dir = Path.of(done.substring(done.indexOf("-> ") + 3));
        return Files.readAllLines(dir.resolve("signals.csv")).stream().skip(1).sorted().toList();
    }

    /** The stand-in knows every person of the shipped extract. */
    private static BrpStub stubMetExtract() throws Exception {
        BrpStub stub = new BrpStub("demo-sleutel");
        try (Reader r = Files.newBufferedReader(EXAMPLES.resolve("brp-extract.csv"), StandardCharsets.UTF_8)) {
            BrpExtract.lees(r, "brp-extract.csv", (bsn, p) -> {
                String d = p.geboortedatum() == null || p.geboortedatum().jaar() == 0 ? null
                        : p.geboortedatum().toString();
                stub.persoon(bsn, d, p.geslacht(), p.naam().voorletters(), p.naam().voorvoegsel(),
                        p.naam().geslachtsnaam(), p.postcode() == null ? null : p.postcode().replace(" ", ""),
                        p.huisnummer() == null ? null : Integer.valueOf(p.huisnummer()));
            });
        }
        return stub;
    }

    @Test
    @DisplayName("import-brp and import-pensioenadministratie configure the sources; --brp-url gives the same signals as the extract; BRP down: exit 3, then resumed")
    void extractEnApiGevenDezelfdeSignalen() throws Exception {
        // A: the extract and the pension administration imported into the database
        var a1 = lpg(cmd("import-brp", EXAMPLES.resolve("brp-extract.csv").toString(), opties("a")));
        assertThat(a1.exit()).as(a1.alles()).isZero();
        assertThat(a1.stdout()).contains("DONE import-brp brp-extract.csv: 14 persons");
        var a2 = lpg(cmd("import-pensioenadministratie", EXAMPLES.resolve("pensioenadministratie.csv").toString(),
                opties("a")));
        assertThat(a2.exit()).as(a2.alles()).isZero();
        var regels = lpg(cmd("rules", null, opties("a")));
        assertThat(regels.stdout()).noneMatch(l -> l.contains("needs external source"));
        assertThat(regels.stdout()).anyMatch(l -> l.matches("426\\s+IKV\\s+implemented.*"));
        var metExtract = lpg(cmd("process", LEVERING.toString(), opties("a")));
        assertThat(metExtract.exit()).as(metExtract.alles()).isZero();
        List<String> extract = signalen(metExtract);
        assertThat(extract).anyMatch(s -> s.startsWith("61,")).anyMatch(s -> s.startsWith("64,"))
                .anyMatch(s -> s.startsWith("124,")).anyMatch(s -> s.startsWith("203,"))
                .anyMatch(s -> s.startsWith("226,"));

        // B: the same delivery against the Haal Centraal API; first while it is down
        Path sleutel = tmp.resolve("brp.key");
        Files.writeString(sleutel, "demo-sleutel\n");
        var b1 = lpg(cmd("import-pensioenadministratie", EXAMPLES.resolve("pensioenadministratie.csv").toString(),
                opties("b")));
        assertThat(b1.exit()).as(b1.alles()).isZero();
        var zonderBrp = lpg(cmd("rules", null, opties("b")));
        assertThat(zonderBrp.stdout()).anyMatch(l -> l.matches("64\\s+NP\\s+needs external source.*"))
                .noneMatch(l -> l.matches("124\\s+.*needs external source.*"));
        String url;
        try (BrpStub weg = new BrpStub("demo-sleutel")) {
            url = weg.url();
        }
        var down = lpg(cmd("process", LEVERING.toString(), opties("b", "--brp-url", url, "--brp-api-key-file",
                sleutel.toString())));
        assertThat(down.exit()).as(down.alles()).isEqualTo(3);
        assertThat(down.stderr()).anyMatch(l -> l.startsWith("lpg: ") && l.contains("BRP niet bereikbaar"));
        assertThat(down.alles()).doesNotContain("200000007").doesNotContain("111222333");
        try (BrpStub stub = stubMetExtract()) {
            // the same command once the BRP is back: the run resumes (same port as before is not needed: new URL)
            var api = lpg(cmd("process", LEVERING.toString(), opties("b", "--brp-url", stub.url(),
                    "--brp-api-key-file", sleutel.toString())));
            assertThat(api.exit()).as(api.alles()).isZero();
            assertThat(api.stdout()).anyMatch(l -> l.contains("Resuming unfinished run") || l.startsWith("DONE"));
            assertThat(signalen(api)).isEqualTo(extract);
            assertThat(stub.vragen).isNotEmpty().allSatisfy(v ->
                    assertThat(v.path("burgerservicenummer").size()).isBetween(1, 20));
            assertThat(api.alles()).doesNotContain("200000007");
        }
    }
}
