package nl.lpg.premium;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code premium-run --periode}: starts the premium-run job ({@link PremieRunJobConfiguration}), or resumes the
 * unfinished run of the same periode. totals.csv holds the stand's totals for the loontijdvakken starting in that
 * month (the stand holds the latest accepted version of every loontijdvak); nota.csv what the premium ledger
 * records for that periode: the month itself and every correction of an earlier month since the previous nota.
 */
@Component
public class PremieRun {

    private static final Logger log = LoggerFactory.getLogger(PremieRun.class);

    static final String TOTALS_SQL = "SELECT opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze,"
            + " COALESCE(productvariant, '') pv, COUNT(*), SUM(productloon), SUM(grondslag_aangeleverd),"
            + " SUM(grondslag_berekend), SUM(premie_aangeleverd), SUM(premie_berekend), SUM(premie_vastgesteld)"
            + " FROM stand_pvp WHERE tijdvak_aanvang BETWEEN ? AND ?"
            + " GROUP BY opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, pv"
            + " ORDER BY opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, pv";

    private final JdbcTemplate jdbc;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job premiumRunJob;

    public PremieRun(JdbcTemplate jdbc, JobOperator jobOperator, JobRepository jobRepository, Job premiumRunJob) {
        this.jdbc = jdbc;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.premiumRunJob = premiumRunJob;
    }

    /** Runs (or resumes) the premium run of {@code periode}; returns its output folder. */
    public Path voerUit(YearMonth periode, Path out, LocalDate peildatum) {
        List<String> open = jdbc.queryForList("SELECT run_id FROM lpg_run WHERE command = 'premium-run'"
                + " AND levering_sleutel = ? AND status IN ('RUNNING', 'FAILED') ORDER BY started DESC", String.class,
                periode.toString());
        String runId;
        if (!open.isEmpty()) {
            runId = open.get(0);
            log.info("Resuming unfinished premium run {}", runId);
        } else {
            runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")) + "-premie-"
                    + periode;
            jdbc.update("INSERT INTO lpg_run (run_id, command, peildatum, levering_sleutel, status, started)"
                    + " VALUES (?,?,?,?,?,?)", runId, "premium-run", peildatum, periode.toString(), "RUNNING",
                    Timestamp.valueOf(LocalDateTime.now()));
        }
        JobParameters params = new JobParametersBuilder()
                .addString("runId", runId)
                .addString("periode", periode.toString(), false)
                .addString("out", out.toAbsolutePath().normalize().toString(), false)
                .addString("peildatum", peildatum.toString(), false)
                .toJobParameters();
        JobExecution exec;
        try {
            JobInstance instance = jobRepository.getJobInstance(PremieRunJobConfiguration.JOB, params);
            if (instance != null) {
                JobExecution last = jobRepository.getLastJobExecution(instance);
                if (last != null && last.getStatus().isRunning()) {
                    jobOperator.recover(last); // left running by a process that died: mark it failed to restart it
                }
            }
            exec = jobOperator.start(premiumRunJob, params);
        } catch (Exception e) {
            throw new IllegalStateException("premium run " + runId + " could not start: " + e.getMessage(), e);
        }
        boolean klaar = exec.getStatus() == BatchStatus.COMPLETED;
        jdbc.update("UPDATE lpg_run SET status = ?, job_instance_id = ?, ended = ? WHERE run_id = ?",
                klaar ? "COMPLETED" : "FAILED", exec.getJobInstance().getInstanceId(),
                Timestamp.valueOf(LocalDateTime.now()), runId);
        if (!klaar) {
            String reden = exec.getAllFailureExceptions().stream().findFirst().map(PremieRun::kern).orElse("");
            throw new IllegalStateException("premium run " + runId + " ended " + exec.getStatus() + " (" + reden
                    + "); run the same command again to resume it");
        }
        return out.resolve(runId);
    }

    private static String kern(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getMessage() == null ? r.getClass().getSimpleName() : r.getMessage().strip().lines().findFirst()
                .orElse("");
    }
}
