package nl.lpg.cli;

import nl.lpg.LpgApplication;
import nl.lpg.database.EmbeddedMariaDb;
import nl.lpg.database.ServerLock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.Map;

/** One engine session: the database (embedded under --data, or --db-url) and the Spring context on it. */
public final class Engine implements AutoCloseable {

    private final EmbeddedMariaDb embedded;
    private final ServerLock serverLock;
    private final ConfigurableApplicationContext context;
    private String jdbcUrl;

    private Engine(EmbeddedMariaDb embedded, ServerLock serverLock, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.serverLock = serverLock;
        this.context = context;
    }

    /**
     * Starts the database and the context. {@code omschrijving} (e.g. "process levering.xml") names this command to a
     * second command that finds the {@code --data} (or the {@code --db-url} database) in use and is refused.
     */
    public static Engine start(GlobalOptions o, String omschrijving) {
        return start(o, omschrijving, false);
    }

    /** As {@link #start(GlobalOptions, String)}; {@code leeg}: the embedded stand starts empty (demo, bench). */
    public static Engine start(GlobalOptions o, String omschrijving, boolean leeg) {
        return start(o, omschrijving, leeg, Map.of());
    }

    /**
     * As {@link #start(GlobalOptions, String, boolean)}, with more sources and properties in the context (serve's web
     * console: {@code extra} holds {@code lpg.extra-bronnen}, the classes, and the console's properties).
     */
    public static Engine start(GlobalOptions o, String omschrijving, boolean leeg, Map<String, Object> extra) {
        o.controleerBronnen();
        EmbeddedMariaDb db = null;
        ServerLock lock = null;
        String url = o.dbUrl;
        try {
            if (url == null) {
                db = EmbeddedMariaDb.start(o.data, omschrijving, leeg);
                url = db.jdbcUrl();
            } else if (!Boolean.TRUE.equals(extra.get(GEDEELD))) {
                lock = ServerLock.acquire(url, omschrijving);
            }
            Map<String, Object> bronnen = new HashMap<>(extra);
            bronnen.remove(GEDEELD);
            if (o.brpUrl != null) {
                bronnen.put("lpg.brp-url", o.brpUrl);
            }
            if (o.brpApiKeyFile != null) {
                bronnen.put("lpg.brp-api-key-file", o.brpApiKeyFile.toAbsolutePath().toString());
            }
            Engine e = new Engine(db, lock, context(url, bronnen));
            e.jdbcUrl = url;
            if (o.brp != null) {
                // --brp FILE: the same path as bin/lpg import-brp FILE (skipped when that file is the last imported)
                try {
                    e.bean(nl.lpg.bronnen.BrpImport.class).importeerAlsNieuw(o.brp);
                } catch (java.io.IOException | RuntimeException x) {
                    e.close();
                    db = null;
                    lock = null;
                    throw GlobalOptions.bronFout("--brp", o.brp, x);
                }
            }
            return e;
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            if (db != null) {
                db.close();
            }
            throw e;
        }
    }

    /** Key in the extra properties: more source classes for the context (a {@code Class<?>[]}). */
    public static final String EXTRA_BRONNEN = "lpg.extra-bronnen";
    /**
     * Key in the extra properties: true when the engine shares a {@code --db-url} database with the commands that run
     * beside it (serve's console): it does not hold the database's lock, but takes it for each change it makes.
     */
    public static final String GEDEELD = "lpg.gedeeld";
    /** Key in the extra properties: command-line arguments for the context (a {@code String[]}; they win over files). */
    public static final String ARGUMENTEN = "lpg.argumenten";

    /** The JDBC URL of the database this engine runs on (with credentials: never log it). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The embedded database, or null with {@code --db-url}. */
    public EmbeddedMariaDb embedded() {
        return embedded;
    }

    public static ConfigurableApplicationContext context(String url) {
        return context(url, Map.of());
    }

    /** The context on this database, with extra properties (the external sources: {@code lpg.brp-url}, ...). */
    public static ConfigurableApplicationContext context(String url, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        Object meer = props.remove(EXTRA_BRONNEN);
        props.put("spring.datasource.url", url);
        if (!url.contains("user=")) {
            props.put("spring.datasource.username", "root");
        }
        SpringApplicationBuilder b = new SpringApplicationBuilder(LpgApplication.class);
        if (meer instanceof Class<?>[] klassen) {
            b.sources(klassen);
        }
        if (props.get(ARGUMENTEN) instanceof String[] args) {
            props.remove(ARGUMENTEN);
            return b.properties(props).run(args);
        }
        return b.properties(props).run();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            if (serverLock != null) {
                serverLock.close();
            }
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
