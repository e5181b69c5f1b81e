package nl.lpg.it;

import nl.lpg.batch.ProcessRunner;
import nl.lpg.cli.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning as it runs on a cluster (issue 11): worker processes ({@code lpg worker}) and a manager
 * ({@code lpg process --broker}) as separate JVMs on the RabbitMQ (guest/guest, 127.0.0.1:5672) and the MariaDB server
 * (root, 127.0.0.1:3306) of this machine, each test on a database of its own. The outputs and the stand must be the
 * bytes of a single-process run of the same delivery, also after a worker is killed with SIGKILL mid-partition, one is
 * stopped with SIGTERM mid-partition (it hands its partition back), workers of another build or with other workbooks
 * refuse their partitions, and the manager gives up on workers that do not come (exit 3) and is run again. Skipped,
 * with the reason, where RabbitMQ or the MariaDB server is not running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioneringIT {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";
    private static final String JANUARI = EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml").toString();
    /** Small chunks, so a worker is killed between commits of its partition. */
    private static final List<String> WERKER_JVM = List.of("-Dlpg.chunk-size=50");
    private static final Pattern PARTITIE_VOORTGANG = Pattern.compile("Voortgang - (ikvPartitie:partitie\\d+): ([\\d,]+) ");

    @TempDir
    static Path tmp;
    private final List<String> databases = new ArrayList<>();
    private Path levering;
    private Map<String, String> uitvoerVerwacht;
    private List<String> standVerwacht;

    /** Why these tests cannot run on this machine; null when they can. */
    private String nietHier;

    @BeforeAll
    void enkelProces() throws Exception {
        if (!bereikbaar(5672)) {
            nietHier = "RabbitMQ is not running on 127.0.0.1:5672 (guest/guest): the remote partitioning tests need"
                    + " it and are skipped";
        } else if (!mariaDbServer()) {
            nietHier = "no MariaDB server on 127.0.0.1:3306 (root, no password): the remote partitioning tests need"
                    + " it and are skipped";
        }
        if (nietHier != null) {
            System.out.println(nietHier);
            return;
        }
        levering = tmp.resolve("levering.xml");
        GroteLevering.schrijf(levering, 1_500); // the February example (every aard) and 1,500 bench employees
        // the single-process run: January, then the delivery, in this JVM on the tests' embedded MariaDB
        String url = TestDatabase.nieuweDatabase("remote_enkel");
        Path out = tmp.resolve("enkel");
        try (ConfigurableApplicationContext ctx = Engine.context(url, Map.of("lpg.chunk-size", 50))) {
            ProcessRunner r = ctx.getBean(ProcessRunner.class);
            assertThat(r.verwerk(Path.of(JANUARI), EngineFixture.PARAMETERS, tmp.resolve("enkel jan"),
                    EngineFixture.PEILDATUM).status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(r.verwerk(levering, EngineFixture.PARAMETERS, out, EngineFixture.PEILDATUM).status())
                    .isEqualTo(BatchStatus.COMPLETED);
        }
        uitvoerVerwacht = HerstartNaKill9IT.uitvoer(out);
        standVerwacht = HerstartNaKill9IT.stand(url);
        assertThat(uitvoerVerwacht.get("run.json")).containsPattern("\"held\" : [1-9]")
                .containsPattern("\"refused\" : [1-9]");
    }

    @AfterAll
    void ruimOp() throws Exception {
        List<String> queues = databases.stream().map(RemotePartitioneringIT::queue).filter(q -> q != null).toList();
        try (Connection c = DriverManager.getConnection(SERVER + "?user=root"); Statement s = c.createStatement()) {
            for (String db : databases) {
                s.execute("DROP DATABASE IF EXISTS " + db);
            }
        } catch (SQLException ignored) {
            // the server went away: nothing to drop
        }
        if (!queues.isEmpty()) {
            var cf = new org.springframework.amqp.rabbit.connection.CachingConnectionFactory(java.net.URI.create(BROKER));
            try {
                var admin = new org.springframework.amqp.rabbit.core.RabbitAdmin(cf);
                queues.forEach(admin::deleteQueue);
            } finally {
                cf.destroy();
            }
        }
    }

    @Test
    void twoWorkersMatchTheSingleProcessAndTheRequestOfAWorkerKilledMidPartitionIsRunAgain() throws Exception {
        Assumptions.assumeTrue(nietHier == null, nietHier);
        String db = database();
        Path out = tmp.resolve("uit 2 werkers");
        try (EngineProces w1 = werker(db, "w1"); EngineProces w2 = werker(db, "w2");
             EngineProces m = manager(db, out, 4, List.of())) {
            // the first worker seen in the early part of a partition (a chunk committed, more to come): SIGKILL
            EngineProces slachtoffer = null;
            Matcher p = null;
            long tot = System.nanoTime() + 240_000_000_000L;
            while (slachtoffer == null && System.nanoTime() < tot && m.process.isAlive()) {
                for (EngineProces w : List.of(w1, w2)) {
                    p = PARTITIE_VOORTGANG.matcher(laatsteRegel(w));
                    if (p.find() && Long.parseLong(p.group(2).replace(",", "")) >= 100 && Long.parseLong(p.group(2).replace(",", "")) <= 250) {
                        w.kill9();
                        slachtoffer = w;
                        break;
                    }
                }
                Thread.sleep(20);
            }
            assertThat(slachtoffer).as("a worker in the middle of a partition; manager: %s", m.staart()).isNotNull();
            assertThat(slachtoffer.alles()).doesNotContainPattern("Partition " + p.group(1) + " .*completed");
            EngineProces overblijver = slachtoffer == w1 ? w2 : w1;
            assertThat(m.wacht(300)).as(m.staart()).isZero();
            // the survivor took the killed worker's request and resumed after its last committed chunk
            assertThat(overblijver.alles()).containsPattern("Partition " + p.group(1)
                    + " of run \\S+ \\(job execution \\d+\\) started.*resuming after [1-9]");
            overblijver.sigterm();
            assertThat(overblijver.wacht(60)).as(overblijver.staart()).isEqualTo(143);
            assertThat(overblijver.alles()).contains("stopped");
        }
        assertThat(HerstartNaKill9IT.uitvoer(out)).isEqualTo(uitvoerVerwacht);
        assertThat(HerstartNaKill9IT.stand(url(db))).isEqualTo(standVerwacht);
    }

    @Test
    void workersOfAnotherBuildOrWithOtherWorkbooksRefuseAndARunWithoutWorkersEndsWithExit3AndResumesIdentical()
            throws Exception {
        Assumptions.assumeTrue(nietHier == null, nietHier);
        String db = database();
        Path out = tmp.resolve("uit weigering");
        // 1. A worker of another build and one with other workbooks: each refuses what it takes, the run ends exit 3.
        Path anderBouwsel = anderBouwsel();
        Path andereWerkboeken = andereWerkboeken();
        try (EngineProces bouw = EngineProces.start(anderBouwsel.toString(), WERKER_JVM,
                werkerArgs(db, "bouw", EngineFixture.PARAMETERS));
             EngineProces boeken = EngineProces.start(WERKER_JVM, werkerArgs(db, "boeken", andereWerkboeken))) {
            assertThat(bouw.wachtOp(l -> l.startsWith("READY "), 240)).as(bouw.staart()).isTrue();
            assertThat(boeken.wachtOp(l -> l.startsWith("READY "), 240)).as(boeken.staart()).isTrue();
            try (EngineProces m = manager(db, out, 4, List.of())) {
                assertThat(m.wacht(300)).as(m.staart()).isEqualTo(3);
                assertThat(m.stderr).as(m.staart()).hasSize(1);
                assertThat(m.stderr.get(0)).contains("ended FAILED", "refuses partition ikvPartitie:partitie",
                        "run the same command again");
            }
            assertThat(String.join("\n", bouw.stderr)).contains("refuses partition", "engine version differs");
            assertThat(String.join("\n", boeken.stderr)).contains("refuses partition", "parameters.xlsx differs",
                    andereWerkboeken.resolve("parameters.xlsx").toAbsolutePath().toString());
            bouw.sigterm();
            boeken.sigterm();
            assertThat(bouw.wacht(60)).isEqualTo(143);
            assertThat(boeken.wacht(60)).isEqualTo(143);
        }
        // 2. A good worker is stopped with SIGTERM mid-partition: it hands the partition back and ends; no worker is
        // left, so the manager gives up when nothing has moved for 20 s: exit 3.
        try (EngineProces g1 = werker(db, "g1")) {
            assertThat(g1.wachtOp(l -> l.startsWith("READY "), 240)).as(g1.staart()).isTrue();
            try (EngineProces m = manager(db, out, 4, List.of("-Dlpg.remote.stil-ms=20000"))) {
                assertThat(g1.wachtOp(l -> PARTITIE_VOORTGANG.matcher(l).find(), 240)).as(g1.staart()).isTrue();
                g1.sigterm();
                assertThat(g1.wacht(60)).as(g1.staart()).isEqualTo(143);
                assertThat(g1.alles()).contains("handed back");
                assertThat(m.wacht(300)).as(m.staart()).isEqualTo(3);
                assertThat(m.stderr.get(0)).contains("no partition moved for 20 s");
            }
        }
        // 3. A good worker again: the same command resumes, the partition given back resumes after its last chunk.
        try (EngineProces g2 = werker(db, "g2"); EngineProces m = manager(db, out, 4, List.of())) {
            assertThat(m.wacht(300)).as(m.staart()).isZero();
            assertThat(g2.alles()).containsPattern("started.*resuming after [1-9]");
            g2.sigterm();
            g2.wacht(60);
        }
        assertThat(HerstartNaKill9IT.uitvoer(out)).isEqualTo(uitvoerVerwacht);
        assertThat(HerstartNaKill9IT.stand(url(db))).isEqualTo(standVerwacht);
    }

    private static String laatsteRegel(EngineProces p) {
        synchronized (p.stdout) {
            return p.stdout.isEmpty() ? "" : p.stdout.get(p.stdout.size() - 1);
        }
    }

    /**
     * The broker restarted while a worker is in the middle of a partition: the worker goes on (its work is in the
     * database), its request comes back after the restart and is skipped, the run ends identical. Opt-in
     * ({@code -Dlpg.test.broker-restart=true}): it stops the machine's RabbitMQ for a while
     * ({@code rabbitmqctl stop_app}, always followed by {@code start_app}).
     */
    @Test
    void theBrokerRestartedMidPartitionAndTheRunContinuesToTheSameResult() throws Exception {
        Assumptions.assumeTrue(nietHier == null, nietHier);
        Assumptions.assumeTrue(Boolean.getBoolean("lpg.test.broker-restart"), "stops the machine's RabbitMQ for a"
                + " while: run with -Dlpg.test.broker-restart=true");
        String db = database();
        Path out = tmp.resolve("uit broker");
        try (EngineProces w = werker(db, "herstart"); EngineProces m = manager(db, out, 4, List.of())) {
            assertThat(w.wachtOp(l -> PARTITIE_VOORTGANG.matcher(l).find(), 240)).as(w.staart()).isTrue();
            try {
                assertThat(rabbitmqctl("stop_app")).isZero();
                Thread.sleep(10_000);
            } finally {
                assertThat(rabbitmqctl("start_app")).isZero();
            }
            assertThat(m.wacht(300)).as(m.staart()).isZero();
            w.sigterm();
            assertThat(w.wacht(60)).isEqualTo(143);
            assertThat(w.alles()).contains("skipped: it is COMPLETED already");
        }
        assertThat(HerstartNaKill9IT.uitvoer(out)).isEqualTo(uitvoerVerwacht);
        assertThat(HerstartNaKill9IT.stand(url(db))).isEqualTo(standVerwacht);
    }

    private static int rabbitmqctl(String opdracht) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("rabbitmqctl", opdracht).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    /** A database on the server with the January example processed (single process, in this JVM). */
    private String database() throws Exception {
        String db = "lpg_remote_" + Long.toHexString(new Random().nextLong() & 0xffffffffL);
        try (Connection c = DriverManager.getConnection(SERVER + "?user=root"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
        }
        databases.add(db);
        try (ConfigurableApplicationContext ctx = Engine.context(url(db), Map.of("lpg.chunk-size", 50))) {
            assertThat(ctx.getBean(ProcessRunner.class).verwerk(Path.of(JANUARI), EngineFixture.PARAMETERS,
                    tmp.resolve(db + " jan"), EngineFixture.PEILDATUM).status()).isEqualTo(BatchStatus.COMPLETED);
        }
        return db;
    }

    private static String url(String db) {
        return SERVER + db + "?user=root";
    }

    private EngineProces werker(String db, String naam) throws IOException {
        return EngineProces.start(WERKER_JVM, werkerArgs(db, naam, EngineFixture.PARAMETERS));
    }

    private String[] werkerArgs(String db, String naam, Path parameters) {
        return new String[]{"worker", "--db-url", url(db), "--broker", BROKER, "--cache",
                tmp.resolve("cache " + naam).toString(), "--parameters", parameters.toAbsolutePath().toString()};
    }

    private EngineProces manager(String db, Path out, int partities, List<String> jvm) throws IOException {
        List<String> opties = new ArrayList<>(jvm);
        opties.add("-Dlpg.chunk-size=50");
        return EngineProces.start(opties, "process", levering.toString(), "--db-url", url(db), "--broker", BROKER,
                "--partitions", String.valueOf(partities), "--out", out.toString(), "--peildatum",
                EngineFixture.PEILDATUM.toString(), "--parameters", EngineFixture.PARAMETERS.toAbsolutePath().toString());
    }

    /** This engine's class path with its classes copied and one resource changed: another build. */
    private static Path anderBouwsel() throws IOException {
        Path kopie = tmp.resolve("ander bouwsel");
        String[] delen = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
        List<String> pad = new ArrayList<>();
        for (String d : delen) {
            Path p = Path.of(d);
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("nl/lpg/LpgApplication.class"))) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.toList()) {
                        Path doel = kopie.resolve(p.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(doel);
                        } else {
                            Files.copy(f, doel);
                        }
                    }
                }
                Files.writeString(kopie.resolve("application.properties"), "# another build\n",
                        java.nio.file.StandardOpenOption.APPEND);
                pad.add(kopie.toString());
            } else {
                pad.add(d);
            }
        }
        assertThat(pad).contains(kopie.toString());
        return Path.of(String.join(java.io.File.pathSeparator, pad));
    }

    /** The shipped workbooks with parameters.xlsx zipped again at another level: the same sheets, another SHA-256. */
    private static Path andereWerkboeken() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("andere werkboeken"));
        Files.copy(EngineFixture.PARAMETERS.resolve("organisatie.xlsx"), dir.resolve("organisatie.xlsx"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(EngineFixture.PARAMETERS
                .resolve("parameters.xlsx")));
             ZipOutputStream uit = new ZipOutputStream(Files.newOutputStream(dir.resolve("parameters.xlsx")))) {
            uit.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                uit.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(uit);
                uit.closeEntry();
            }
        }
        return dir;
    }

    /** The queue of a database's partition requests, as the engine names it (nl.lpg.remote.PartitieWachtrij). */
    private static String queue(String db) {
        try (Connection c = DriverManager.getConnection(url(db)); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT DATABASE(), SHA2(CONCAT(@@hostname, ':', @@port, '/', DATABASE()), 256)")) {
            rs.next();
            return "lpg.partities." + rs.getString(1) + "." + rs.getString(2).substring(0, 8);
        } catch (SQLException e) {
            return null;
        }
    }

    private static boolean bereikbaar(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            // the AMQP protocol header: a broker answers with its Connection.Start frame
            OutputStream o = s.getOutputStream();
            o.write(new byte[]{'A', 'M', 'Q', 'P', 0, 0, 9, 1});
            o.flush();
            s.setSoTimeout(2000);
            InputStream i = s.getInputStream();
            return i.read() == 1; // frame type METHOD
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean mariaDbServer() {
        try (Connection c = DriverManager.getConnection(SERVER + "?user=root&connectTimeout=2000")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
