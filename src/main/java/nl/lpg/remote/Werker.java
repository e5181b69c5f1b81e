package nl.lpg.remote;

import nl.lpg.LpgApplication;
import nl.lpg.database.JdbcUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code lpg worker}: the engine as a long-running worker of remote partitioning. It starts the same Spring context as
 * every command (the database is migrated as needed), checks that it reaches the broker, then takes partition
 * requests until it is stopped. SIGTERM (or Ctrl-C): no new partition is taken; an idle worker ends at once; a
 * partition that is running is handed back: the worker waits (at most {@code stopTimeoutMs}) for its current chunk to
 * commit and then ends without acknowledging the request, so the broker gives it to another worker (or to this one
 * when it is started again), which resumes after that chunk. Exit status 143 as for any program ended by SIGTERM.
 */
public final class Werker {

    private static final Logger log = LoggerFactory.getLogger(Werker.class);

    /** What {@code lpg worker} was given. */
    public record Opties(String dbUrl, Broker broker, Path parameters, Path cache, Map<String, Object> bronnen,
                         long stopTimeoutMs) {
    }

    private Werker() {
    }

    public static int draai(Opties o) throws InterruptedException {
        Map<String, Object> props = new HashMap<>(o.bronnen());
        props.put("spring.datasource.url", o.dbUrl());
        if (!o.dbUrl().contains("user=")) {
            props.put("spring.datasource.username", "root");
        }
        props.put("lpg.remote.rol", "worker");
        props.put("logging.register-shutdown-hook", false); // the stop hook logs to the end
        props.put("lpg.broker", o.broker().uri().toString());
        props.put("lpg.parameters", o.parameters().toAbsolutePath().normalize().toString());
        props.put("lpg.remote.cache", o.cache().toAbsolutePath().normalize().toString());
        // the stop is ours (see the class comment): the context is closed by the stop hook, not by Spring's
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LpgApplication.class).properties(props)
                .registerShutdownHook(false).run();
        try {
            RemoteConfig.controleerBroker(ctx);
            // the worker steps' request handlers (registered by Spring Batch, not started), then the queue
            ctx.getBean(IntegrationFlowContext.class).getRegistry().values().forEach(r -> r.start());
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
        WerkerStappen stappen = ctx.getBean(WerkerStappen.class);
        Lifecycle ontvanger = ctx.getBean(WerkerConfig.ONTVANGER, Lifecycle.class);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        CountDownLatch klaar = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop(ctx, stappen, ontvanger, jdbc, o.stopTimeoutMs());
            } finally {
                klaar.countDown();
            }
        }, "lpg-worker-stop"));
        ontvanger.start();
        String wachtrij = ctx.getBean(PartitieWachtrij.class).naam();
        log.info("{} ready: database {}, broker {}, queue {}, engine {}, workbooks {}, worker steps {}",
                stappen.naam(), JdbcUrls.zonderGeheimen(o.dbUrl()), o.broker().zonderGeheimen(), wachtrij,
                EngineVersie.waarde(), o.parameters().toAbsolutePath().normalize(), stappen.namen());
        System.out.println("READY " + stappen.naam() + " on " + wachtrij);
        System.out.flush();
        klaar.await();
        return 0;
    }

    private static void stop(ConfigurableApplicationContext ctx, WerkerStappen stappen, Lifecycle ontvanger,
                             JdbcTemplate jdbc, long stopTimeoutMs) {
        stappen.stop();
        log.info("{} stopping: no new partitions", stappen.naam());
        WerkerStappen.Bezig bezig = stappen.bezig();
        if (bezig != null) {
            geefTerug(bezig, jdbc, stopTimeoutMs);
        }
        ontvanger.stop(); // a request that arrived meanwhile goes back to the broker
        bezig = stappen.bezig();
        if (bezig != null) {
            geefTerug(bezig, jdbc, stopTimeoutMs);
        }
        ctx.close();
        log.info("{} stopped", stappen.naam());
    }

    /**
     * Ends this process during a partition, at a chunk boundary when it comes within the time: its request is not
     * acknowledged, so the broker redelivers it; the partition's lock on the database goes with this process's
     * connection, and the next worker resumes after the last committed chunk.
     */
    private static void geefTerug(WerkerStappen.Bezig bezig, JdbcTemplate jdbc, long stopTimeoutMs) {
        if (bezig.gestart()) {
            log.info("Partition {}: handing it back after its current chunk commits (at most {} ms)", bezig.stap(),
                    stopTimeoutMs);
            try {
                Long v0 = versie(jdbc, bezig.stepExecutionId());
                long tot = System.nanoTime() + stopTimeoutMs * 1_000_000L;
                while (System.nanoTime() < tot && java.util.Objects.equals(v0, versie(jdbc, bezig.stepExecutionId()))) {
                    Thread.sleep(50);
                }
            } catch (RuntimeException | InterruptedException e) {
                log.info("Partition {}: {}; handing it back now", bezig.stap(), e.getMessage());
            }
        }
        log.info("Partition {} handed back: the broker gives its request to another worker, which resumes after its"
                + " last committed chunk", bezig.stap());
        System.out.flush();
        Runtime.getRuntime().halt(143);
    }

    private static Long versie(JdbcTemplate jdbc, long stepExecutionId) {
        return jdbc.query("SELECT VERSION FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = ?",
                rs -> rs.next() ? rs.getLong(1) : null, stepExecutionId);
    }
}
