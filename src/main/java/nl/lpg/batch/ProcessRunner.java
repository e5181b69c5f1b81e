package nl.lpg.batch;

import nl.lpg.delivery.LeveringSchema;
import nl.lpg.parameters.ParameterSet;
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
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Starts the {@code process} job for one delivery, or restarts the unfinished run of the same delivery, workbooks and
 * peildatum: a run killed half-way is taken up where its last committed chunk ended.
 */
@Component
public class ProcessRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcessRunner.class);

    /** The outcome of a process run. */
    public record Uitkomst(String runId, BatchStatus status, boolean leveringGeweigerd, Path runDir, String reden) {
    }

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job processJob;
    private final JdbcTemplate jdbc;
    private final ParameterSetCache parameterSets;

    public ProcessRunner(JobOperator jobOperator, JobRepository jobRepository, Job processJob, JdbcTemplate jdbc,
                         ParameterSetCache parameterSets) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.processJob = processJob;
        this.jdbc = jdbc;
        this.parameterSets = parameterSets;
    }

    /** The innermost cause's first line: what a person can act on. */
    static String kern(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        String m = r.getMessage() == null ? r.getClass().getSimpleName() : r.getMessage().strip();
        int i = m.indexOf('\n');
        return i < 0 ? m : m.substring(0, i);
    }

    private static String kort(String sha) {
        return sha.length() > 40 ? sha.substring(0, 40) : sha;
    }

    /** Validates the delivery against the XSD, then processes it. */
    public Uitkomst verwerk(Path levering, Path parametersDir, Path out, LocalDate peildatum) throws Exception {
        return verwerk(levering, LeveringSchema.valideer(levering), parametersDir, out, peildatum);
    }

    /** Processes a delivery that already passed the XSD, with its SHA-256 from that pass. */
    public Uitkomst verwerk(Path levering, String sha, Path parametersDir, Path out, LocalDate peildatum)
            throws Exception {
        ParameterSet ps = parameterSets.get(parametersDir);
        // Workbook versions identify the run together with the delivery and the peildatum.
        String werkboeken = kort(ps.parameters().sha256()) + "/" + kort(ps.organisatie().sha256());
        List<String> open = jdbc.queryForList("SELECT run_id FROM lpg_run WHERE command = 'process' AND input_sha256 = ?"
                        + " AND peildatum = ? AND levering_sleutel = ? AND status IN ('RUNNING', 'FAILED') ORDER BY started DESC",
                String.class, sha, peildatum, werkboeken);
        String runId;
        if (!open.isEmpty()) {
            runId = open.get(0);
            log.info("Resuming unfinished run {}", runId);
        } else {
            runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")) + "-"
                    + sha.substring(0, 8);
            jdbc.update("INSERT INTO lpg_run (run_id, command, peildatum, levering_sleutel, input_sha256, status, started)"
                            + " VALUES (?,?,?,?,?,?,?)", runId, "process", peildatum,
                    werkboeken, sha, "RUNNING",
                    Timestamp.valueOf(LocalDateTime.now()));
        }
        JobParameters params = new JobParametersBuilder()
                .addString("runId", runId)
                .addString("levering", levering.toAbsolutePath().normalize().toString(), false)
                .addString("parameters", parametersDir.toAbsolutePath().normalize().toString(), false)
                .addString("out", out.toAbsolutePath().normalize().toString(), false)
                .addString("peildatum", peildatum.toString(), false)
                .addString("leveringSha256", sha, false)
                .addString("parametersSha256", ps.parameters().sha256(), false)
                .addString("organisatieSha256", ps.organisatie().sha256(), false)
                .toJobParameters();
        JobInstance instance = jobRepository.getJobInstance(ProcessJobConfig.JOB, params);
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus().isRunning()) {
                // The previous process died without closing its execution: mark it failed so it can restart.
                log.info("Recovering execution {} of run {} left running by a stopped process", last.getId(), runId);
                jobOperator.recover(last);
            }
        }
        JobExecution exec = jobOperator.start(processJob, params);
        boolean geweigerd = Boolean.TRUE.equals(exec.getExecutionContext().get(LeveringControleTasklet.GEWEIGERD));
        String status = exec.getStatus() == BatchStatus.COMPLETED ? (geweigerd ? "REFUSED" : "COMPLETED") : "FAILED";
        jdbc.update("UPDATE lpg_run SET status = ?, job_instance_id = ?, ended = ? WHERE run_id = ?", status,
                exec.getJobInstance().getInstanceId(), Timestamp.valueOf(LocalDateTime.now()), runId);
        String reden = null;
        if (exec.getStatus() != BatchStatus.COMPLETED) {
            exec.getAllFailureExceptions().forEach(t -> log.error("Run {} failed: {}", runId, t.toString()));
            reden = exec.getStepExecutions().stream()
                    .filter(s -> !s.getFailureExceptions().isEmpty())
                    .map(s -> "step " + s.getStepName() + ": " + kern(s.getFailureExceptions().get(0)))
                    .findFirst()
                    .orElse(exec.getAllFailureExceptions().stream().findFirst().map(ProcessRunner::kern).orElse(null));
        }
        return new Uitkomst(runId, exec.getStatus(), geweigerd, out.resolve(runId), reden);
    }
}
