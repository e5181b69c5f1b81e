package nl.lpg.it;

import nl.lpg.database.EmbeddedMariaDb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real MariaDB for integration tests: the server named by {@code -Dlpg.test.db-url}, or else one embedded MariaDB
 * started once per test JVM. Every test gets a database of its own.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String serverUrl;
    private static EmbeddedMariaDb embedded;

    private TestDatabase() {
    }

    private static synchronized String server() {
        if (serverUrl == null) {
            String configured = System.getProperty("lpg.test.db-url");
            if (configured != null && !configured.isBlank()) {
                serverUrl = configured;
            } else {
                embedded = EmbeddedMariaDb.start(Path.of("target", "test-mariadb"));
                serverUrl = embedded.jdbcUrl();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            }
        }
        return serverUrl;
    }

    /** A new, empty database; returns its JDBC URL. */
    public static String nieuweDatabase(String naam) {
        String base = server();
        String db = "lpg_" + naam.toLowerCase().replaceAll("[^a-z0-9]", "") + "_" + ProcessHandle.current().pid()
                + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db);
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("Test database not available: " + e.getMessage(), e);
        }
        int q = base.indexOf('?');
        String prefix = base.substring(0, base.lastIndexOf('/', q < 0 ? base.length() : q) + 1);
        String query = q < 0 ? "?user=root" : base.substring(q);
        return prefix + db + query;
    }
}
