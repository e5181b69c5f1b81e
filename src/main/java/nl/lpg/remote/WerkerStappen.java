package nl.lpg.remote;

import nl.lpg.bronnen.ExterneBronnenVanRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.beans.factory.BeanFactory;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The worker steps this worker runs for a manager, found by the name in the manager's request, each run guarded:
 * <ol>
 *   <li>one worker per partition at a time ({@link PartitieSlot}), and then the partition's state as the database
 *   has it now: a partition already finished, or of a run whose job execution ended, is left alone (a request the
 *   broker delivered again);</li>
 *   <li>the {@link Werkvoorwaarden}: a worker of another engine version, other workbooks or other external sources
 *   fails the partition with a message saying what differs, and computes nothing;</li>
 *   <li>then the worker step itself, as the single process runs it, resuming after the partition's last committed
 *   chunk when an earlier worker left it half done.</li>
 * </ol>
 * While stopping ({@link #stop()}) it takes no new request: the request goes back to the broker for another worker.
 */
public final class WerkerStappen implements StepLocator {

    private static final Logger log = LoggerFactory.getLogger(WerkerStappen.class);

    /** What this worker is doing now: null when idle. */
    record Bezig(long stepExecutionId, String stap, boolean gestart) {
    }

    private final BeanFactory beans;
    private final JobRepository repo;
    private final DataSource dataSource;
    private final ExterneBronnenVanRun bronnen;
    private final Path parameters;
    private final String werker;
    private final Set<String> namen = ConcurrentHashMap.newKeySet();
    private volatile boolean stoppen;
    private volatile Bezig bezig;

    public WerkerStappen(BeanFactory beans, JobRepository repo, DataSource dataSource, ExterneBronnenVanRun bronnen,
                         Path parameters) {
        this.beans = beans;
        this.repo = repo;
        this.dataSource = dataSource;
        this.bronnen = bronnen;
        this.parameters = parameters;
        this.werker = "worker " + ManagementFactory.getRuntimeMXBean().getName(); // pid@host
    }

    /** The worker step {@code naam} is served here (the bean of that name). */
    void toestaan(String naam) {
        namen.add(naam);
    }

    Set<String> namen() {
        return Set.copyOf(namen);
    }

    /** From now on no new partition starts here; a request that arrives goes back to the broker. */
    void stop() {
        stoppen = true;
    }

    boolean stopt() {
        return stoppen;
    }

    Bezig bezig() {
        return bezig;
    }

    String naam() {
        return werker;
    }

    @Override
    public Step getStep(String naam) {
        if (stoppen) {
            // thrown outside the step: the listener container hands the request back to the broker (requeue)
            throw new IllegalStateException(werker + " is stopping; partition request handed back to the broker");
        }
        if (!namen.contains(naam)) {
            return new Bewaakt(naam, null);
        }
        return new Bewaakt(naam, beans.getBean(naam, Step.class));
    }

    private final class Bewaakt implements Step {
        private final String naam;
        private final Step stap;

        Bewaakt(String naam, Step stap) {
            this.naam = naam;
            this.stap = stap;
        }

        @Override
        public String getName() {
            return naam;
        }

        @Override
        public void execute(StepExecution verzocht) throws JobInterruptedException {
            bezig = new Bezig(verzocht.getId(), verzocht.getStepName(), false);
            try (PartitieSlot slot = PartitieSlot.neem(dataSource, verzocht, () -> stoppen)) {
                if (slot == null) {
                    wachtOpStop(); // stopping while waiting: the stop hands the request back
                    return;
                }
                StepExecution se = repo.getStepExecution(verzocht.getId());
                String wat = se == null ? null : se.getStepName() + " of run "
                        + se.getJobParameters().getString("runId") + " (job execution " + se.getJobExecutionId() + ")";
                if (se == null || !se.getStatus().isRunning()) {
                    log.info("Partition {} skipped: it is {} already", wat == null ? verzocht.getId() : wat,
                            se == null ? "gone" : se.getStatus());
                    return;
                }
                if (!se.getJobExecution().getStatus().isRunning()) {
                    log.info("Partition {} skipped: the job execution has ended ({}); a restart of the run sends it"
                            + " again", wat, se.getJobExecution().getStatus());
                    return;
                }
                String weigering = stap == null ? "this worker has no worker step " + naam + " (it serves "
                        + namen + "): another engine version" : weigering(se);
                if (weigering != null) {
                    weiger(se, werker + " refuses partition " + se.getStepName() + ": " + weigering);
                    return;
                }
                if (stoppen) {
                    wachtOpStop();
                    return;
                }
                Object van = se.getExecutionContext().get("van");
                Object tot = se.getExecutionContext().get("tot");
                long voor = gelezen(se);
                log.info("Partition {} started{}{}", wat, van == null ? "" : ", volgnummers " + van + ".."
                        + (tot instanceof Integer t && t == Integer.MAX_VALUE ? "end" : tot),
                        voor > 0 ? ", resuming after " + voor + " read" : "");
                bezig = new Bezig(se.getId(), se.getStepName(), true);
                long t0 = System.nanoTime();
                stap.execute(se);
                double s = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
                long nu = Math.max(0, gelezen(se) - voor);
                log.info(String.format(Locale.ROOT, "Partition %s %s: %,d read in %.1f s (%,.0f/s)", wat,
                        se.getStatus().toString().toLowerCase(Locale.ROOT), nu, s, nu / s));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot take the partition's lock in the database: "
                        + e.getMessage(), e);
            } finally {
                bezig = null;
            }
        }

        private String weigering(StepExecution se) {
            try {
                bronnen.vernieuw(); // an import may have happened since the last partition
                return Werkvoorwaarden.weigering(se, new Werkvoorwaarden(EngineVersie.waarde(), bronnen.beschrijving()),
                        parameters);
            } catch (RuntimeException e) {
                return "cannot check its conditions: " + e.getMessage();
            }
        }
    }

    /** Where the partition's readers stand: their saved counts (an earlier worker's last committed chunk). */
    private static long gelezen(StepExecution se) {
        long n = 0;
        for (var e : se.getExecutionContext().entrySet()) {
            if (e.getKey().endsWith(".read.count") && e.getValue() instanceof Number getal) {
                n += getal.longValue();
            }
        }
        return n;
    }

    /** Fails the partition with {@code reden}, which the manager reports; nothing is computed. */
    private void weiger(StepExecution se, String reden) {
        log.error(reden);
        System.err.println("lpg: " + reden);
        LocalDateTime nu = LocalDateTime.now();
        if (se.getStartTime() == null) {
            se.setStartTime(nu);
        }
        se.setEndTime(nu);
        se.setStatus(BatchStatus.FAILED);
        se.setExitStatus(ExitStatus.FAILED.addExitDescription(reden));
        repo.update(se);
    }

    /** Parks the thread: the stop in progress ends this process, and the broker gives the request to another worker. */
    private static void wachtOpStop() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
