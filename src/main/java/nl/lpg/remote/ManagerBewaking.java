package nl.lpg.remote;

import nl.lpg.batch.LeveringControleTasklet;
import nl.lpg.bronnen.ExterneBronnenVanRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Around a manager step of remote partitioning, on the manager:
 * <ul>
 *   <li>before the partitions are sent: the delivery staged in the database for the workers
 *   ({@link LeveringStaging}) and the {@link Werkvoorwaarden} in the job execution's context;</li>
 *   <li>while the workers run: one progress line from their counts in the job repository, and a watch on them: when no
 *   partition moved for {@code lpg.remote.stil-ms} (no worker running, the broker lost its requests, every worker
 *   stuck), the partitions still open are failed, so the run ends (exit 3) and the same command resumes it;</li>
 *   <li>when the step did not complete (a send to the broker failed, say): its open partitions are failed too, since
 *   a restart takes up a failed partition but not one left running.</li>
 * </ul>
 * Also the aggregator that puts each failed partition's own reason (a worker's refusal, a rule's error) on the manager
 * step, where {@code process} reports it.
 */
final class ManagerBewaking implements StepExecutionListener, StepExecutionAggregator {

    private static final Logger log = LoggerFactory.getLogger(ManagerBewaking.class);

    private final JobRepository repo;
    private final LeveringStaging staging;
    private final ExterneBronnenVanRun bronnen;
    private final String werkerStap;
    private final long stilMs;
    private final long pollMs;
    private final long voortgangMs;
    private volatile Thread wacht;

    ManagerBewaking(JobRepository repo, LeveringStaging staging, ExterneBronnenVanRun bronnen, String werkerStap,
                    long stilMs, long pollMs, long voortgangMs) {
        this.repo = repo;
        this.staging = staging;
        this.bronnen = bronnen;
        this.werkerStap = werkerStap;
        this.stilMs = stilMs;
        this.pollMs = pollMs;
        this.voortgangMs = voortgangMs;
    }

    @Override
    public void beforeStep(StepExecution manager) {
        var p = manager.getJobParameters();
        staging.stage(Path.of(p.getString("levering")), p.getString("leveringSha256"));
        JobExecution je = manager.getJobExecution();
        je.getExecutionContext().putString(Werkvoorwaarden.KEY,
                new Werkvoorwaarden(EngineVersie.waarde(), bronnen.beschrijving()).json());
        repo.updateExecutionContext(je);
        Thread t = new Thread(() -> bewaak(manager), "bewaking-" + manager.getStepName());
        t.setDaemon(true);
        wacht = t;
        t.start();
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        Thread t = wacht;
        wacht = null;
        if (t != null) {
            t.interrupt();
        }
        if (manager.getStatus() != BatchStatus.COMPLETED) {
            faalOpen(manager, "the manager step " + manager.getStepName() + " ended " + manager.getStatus()
                    + " before this partition; the same command resumes it");
        }
        return null;
    }

    private List<StepExecution> partities(StepExecution manager) {
        JobExecution je = repo.getJobExecution(manager.getJobExecutionId());
        return je == null ? List.of() : je.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(werkerStap + ":")).toList();
    }

    private void bewaak(StepExecution manager) {
        long laatsteBeweging = System.nanoTime();
        long laatsteRegel = System.nanoTime();
        long start = System.nanoTime();
        String vorige = null;
        long gelezenBijStart = -1;
        long totaal = manager.getJobExecution().getExecutionContext().getLong(LeveringControleTasklet.AANTAL_IKV, 0L);
        while (wacht == Thread.currentThread()) {
            try {
                Thread.sleep(pollMs);
            } catch (InterruptedException e) {
                return;
            }
            try {
                List<StepExecution> ps = partities(manager);
                if (ps.isEmpty()) {
                    continue;
                }
                StringBuilder stand = new StringBuilder();
                long gelezen = 0;
                int klaar = 0;
                for (StepExecution s : ps.stream().sorted(Comparator.comparing(StepExecution::getId)).toList()) {
                    stand.append(s.getId()).append(s.getStatus()).append(s.getVersion()).append(';');
                    gelezen += s.getReadCount();
                    klaar += s.getStatus().isRunning() ? 0 : 1;
                }
                if (gelezenBijStart < 0) {
                    gelezenBijStart = gelezen;
                }
                long nu = System.nanoTime();
                if (!stand.toString().equals(vorige)) {
                    vorige = stand.toString();
                    laatsteBeweging = nu;
                } else if (klaar < ps.size() && (nu - laatsteBeweging) / 1_000_000 >= stilMs) {
                    String reden = String.format(Locale.ROOT, "no partition moved for %d s: no worker is taking"
                            + " the requests of this database from the broker, or every worker is stuck (start"
                            + " `lpg worker` with the same --db-url and --broker)", stilMs / 1000);
                    log.error("Step {}: {}", manager.getStepName(), reden);
                    faalOpen(manager, reden);
                    laatsteBeweging = nu;
                }
                if ((nu - laatsteRegel) / 1_000_000 >= voortgangMs) {
                    laatsteRegel = nu;
                    double s = Math.max(1e-3, (nu - start) / 1e9);
                    log.info(String.format(Locale.ROOT, "%s: %,d%s %s on the workers, %,.0f/s, %d of %d partitions"
                                    + " done", manager.getStepName(), gelezen,
                            totaal > 0 ? String.format(Locale.ROOT, " of %,d", totaal) : "",
                            werkerStap.startsWith("ikv") ? "IKVs" : "units",
                            (gelezen - gelezenBijStart) / s, klaar, ps.size()));
                }
            } catch (RuntimeException e) {
                log.warn("Watching the partitions of {}: {}", manager.getStepName(), e.getMessage());
            }
        }
    }

    /** Fails the partitions of this manager step that are still open, with {@code reden}. */
    private void faalOpen(StepExecution manager, String reden) {
        try {
            for (StepExecution s : partities(manager)) {
                if (s.getStatus().isRunning()) {
                    StepExecution vers = repo.getStepExecution(s.getId());
                    if (vers == null || !vers.getStatus().isRunning()) {
                        continue;
                    }
                    LocalDateTime nu = LocalDateTime.now();
                    if (vers.getStartTime() == null) {
                        vers.setStartTime(nu);
                    }
                    vers.setEndTime(nu);
                    vers.setStatus(BatchStatus.FAILED);
                    vers.setExitStatus(ExitStatus.FAILED.addExitDescription(reden));
                    try {
                        repo.update(vers);
                    } catch (OptimisticLockingFailureException moved) {
                        log.info("Partition {} moved meanwhile; left to its worker", vers.getStepName());
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("Failing the open partitions of {}: {}", manager.getStepName(), e.getMessage());
        }
    }

    /** The partitions' counts and status as the default, and each failed partition's first line of its reason. */
    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        new DefaultStepExecutionAggregator().aggregate(result, executions);
        executions.stream().filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .sorted(Comparator.comparing(StepExecution::getStepName))
                .forEach(s -> result.addFailureException(new IllegalStateException("partition " + s.getStepName()
                        + " " + s.getStatus() + ": " + reden(s.getExitStatus().getExitDescription()))));
    }

    /** The first line of an exit description (a worker's refusal, or the exception of a failed chunk). */
    static String reden(String beschrijving) {
        String r = nl.lpg.support.Meldingen.eersteRegel(beschrijving);
        // a failed step's description is its stack trace: "pkg.SomeException: message" on the first line
        r = r.replaceFirst("^[a-z][\\w.$]*\\.[A-Z]\\w*(Exception|Error): ", "");
        return r.length() > 500 ? r.substring(0, 497) + "..." : r;
    }
}
