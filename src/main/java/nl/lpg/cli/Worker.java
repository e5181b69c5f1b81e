package nl.lpg.cli;

import nl.lpg.remote.Broker;
import nl.lpg.remote.Werker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code worker --db-url URL --broker amqp://...}: runs partitions of the IKV and stand steps for
 * {@code process --broker} on the same database until SIGTERM (see {@link Werker}).
 */
@Command(name = "worker", mixinStandardHelpOptions = true, description = "Run partitions of the IKV and stand"
        + " steps for `process --broker` on the same --db-url, until stopped (SIGTERM: a running partition is handed"
        + " back to another worker).")
public class Worker implements Callable<Integer> {

    @Option(names = "--db-url", required = true, description = "JDBC URL of the MariaDB server the manager uses.")
    String dbUrl;
    @Option(names = "--broker", required = true, description = "RabbitMQ, amqp://USER:PASS@HOST:PORT[/vhost].")
    String broker;
    @Option(names = "--parameters", description = "Directory with parameters.xlsx and organisatie.xlsx; a partition"
            + " of a run with other workbooks (SHA-256) is refused (default: ${DEFAULT-VALUE}).")
    Path parameters = Path.of("parameters-xlsx");
    @Option(names = "--cache", description = "Where this worker keeps its copy of the staged delivery, 0700, deleted"
            + " once its run is closed, when the next delivery is copied (default: ${DEFAULT-VALUE}).")
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "lpg-worker");
    @Option(names = "--brp-url", description = "As the manager's --brp-url: a worker's external sources must be the"
            + " manager's.")
    String brpUrl;
    @Option(names = "--brp-api-key-file", description = "File holding the API key for --brp-url.")
    Path brpApiKeyFile;
    @Option(names = "--stop-timeout", description = "On SIGTERM, how long a running partition may take to commit its"
            + " chunk before it is handed back anyway, in seconds (default: ${DEFAULT-VALUE}).")
    int stopTimeout = 30;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> props = broker(broker, dbUrl, "worker");
        LpgMain.laadWerkboeken(globaal()); // broken workbooks: refused before anything starts (exit 2)
        globaal().controleerBronnen();
        Map<String, Object> bronnen = new HashMap<>();
        if (brpUrl != null) {
            bronnen.put("lpg.brp-url", brpUrl);
        }
        if (brpApiKeyFile != null) {
            bronnen.put("lpg.brp-api-key-file", brpApiKeyFile.toAbsolutePath().toString());
        }
        return Werker.draai(new Werker.Opties(dbUrl, Broker.van((String) props.get("lpg.broker")), parameters, cache,
                bronnen, stopTimeout * 1000L));
    }

    private GlobalOptions globaal() {
        GlobalOptions g = new GlobalOptions();
        g.parameters = parameters;
        g.brpUrl = brpUrl;
        g.brpApiKeyFile = brpApiKeyFile;
        g.dbUrl = dbUrl;
        return g;
    }

    /** The context properties of a broker role, after checking {@code --broker} (and that --db-url is given). */
    static Map<String, Object> broker(String broker, String dbUrl, String rol) {
        if (dbUrl == null) {
            throw new OngeldigeOptie("--broker needs --db-url: the workers share the manager's database (job"
                    + " repository, staged delivery, stand); the embedded database is this process's own");
        }
        Broker b;
        try {
            b = Broker.van(broker);
        } catch (IllegalArgumentException e) {
            throw new OngeldigeOptie("--broker: " + e.getMessage());
        }
        Map<String, Object> m = new HashMap<>();
        m.put("lpg.remote.rol", rol);
        m.put("lpg.broker", b.uri().toString());
        return m;
    }
}
