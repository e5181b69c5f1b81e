package nl.lpg.cli;

import nl.lpg.LpgApplication;
import nl.lpg.database.EmbeddedMariaDb;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.Map;

/** One engine session: the database (embedded under --data, or --db-url) and the Spring context on it. */
public final class Engine implements AutoCloseable {

    private final EmbeddedMariaDb embedded;
    private final ConfigurableApplicationContext context;

    private Engine(EmbeddedMariaDb embedded, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
    }

    public static Engine start(GlobalOptions o) {
        EmbeddedMariaDb db = null;
        String url = o.dbUrl;
        if (url == null) {
            db = EmbeddedMariaDb.start(o.data);
            url = db.jdbcUrl();
        }
        try {
            return new Engine(db, context(url, o.brp == null ? null : o.brp.toAbsolutePath().toString()));
        } catch (RuntimeException e) {
            if (db != null) {
                db.close();
            }
            throw e;
        }
    }

    public static ConfigurableApplicationContext context(String url) {
        return context(url, null);
    }

    public static ConfigurableApplicationContext context(String url, String brpBestand) {
        Map<String, Object> props = new HashMap<>();
        if (brpBestand != null) {
            props.put("lpg.brp-bestand", brpBestand);
        }
        props.put("spring.datasource.url", url);
        if (!url.contains("user=")) {
            props.put("spring.datasource.username", "root");
        }
        return new SpringApplicationBuilder(LpgApplication.class).properties(props).run();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
