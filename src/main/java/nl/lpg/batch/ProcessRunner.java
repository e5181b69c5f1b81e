package nl.lpg.batch;

import nl.lpg.delivery.LeveringReader;
import nl.lpg.delivery.LeveringSchema;
import nl.lpg.support.Meldingen;
import nl.lpg.support.Privacy;
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

    /**
     * The outcome of a process run; {@code weigering} is, for a delivery refused as a whole, one line with the place
     * and the rule that refused it ({@code file:line:col: BR16 ...}); {@code reden}, for a run that did not complete,
     * the step and the innermost cause. Else null.
     */
    public record Uitkomst(String runId, BatchStatus status, boolean leveringGeweigerd, Path runDir, String weigering,
                           String reden) {
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

    private static String kort(String sha) {
        return sha.length() > 40 ? sha.substring(0, 40) : sha;
    }

    /** Validates the delivery against the XSD, then processes it. */
    public Uitkomst verwerk(Path levering, Path parametersDir, Path out, LocalDate peildatum) throws Exception {
        long t0 = System.nanoTime();
        String sha = LeveringSchema.valideer(levering);
        // before step 1, so not in its time: the bench's "uitvoerEnRest" holds it (issue 10)
        log.info("Delivery valid against the XSD in {} ms", (System.nanoTime() - t0) / 1_000_000);
        return verwerk(levering, sha, parametersDir, out, peildatum);
    }

    /** Processes a delivery that already passed the XSD, with its SHA-256 from that pass. */
    public Uitkomst verwerk(Path levering, String sha, Path parametersDir, Path out, LocalDate peildatum)
            throws Exception {
        long t0 = System.nanoTime();
        ParameterSet ps = parameterSets.get(parametersDir);
        nl.lpg.parameters.WerkboekArchief.bewaar(jdbc, ps); // the versions in use, for the console's Parameters page
        log.info("Workbooks read and archived in {} ms", (System.nanoTime() - t0) / 1_000_000);
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
            // A partition's own failure says why; its manager step only says that a partition failed.
            reden = exec.getStepExecutions().stream()
                    .filter(s -> !s.getFailureExceptions().isEmpty())
                    .sorted(java.util.Comparator.comparing(s -> s.getStepName().contains(":") ? 0 : 1))
                    .map(s -> "step " + s.getStepName() + ": " + Meldingen.kern(s.getFailureExceptions().get(0)))
                    .findFirst()
                    .orElse(exec.getAllFailureExceptions().stream().findFirst().map(Meldingen::kern).orElse(null));
        }
        String weigering = geweigerd && exec.getStatus() == BatchStatus.COMPLETED ? weigering(levering, runId) : null;
        return new Uitkomst(runId, exec.getStatus(), geweigerd, out.resolve(runId), weigering, reden);
    }

    /**
     * Why the delivery was refused as a whole: every rule that gave an Onverwerkbaar signal at delivery level (else
     * at AE level) and the melding of the first, placed at the levering element, whose attributes those rules judge.
     */
    private String weigering(Path levering, String runId) {
        List<String[]> signalen = jdbc.query("SELECT regel, melding, CASE WHEN volgorde IN (0, ?) THEN 0 ELSE 1 END"
                        + " FROM run_signal WHERE run_id = ? AND aard = 'ONVERWERKBAAR'"
                        + " ORDER BY CASE WHEN volgorde IN (0, ?) THEN 0 ELSE 1 END, volgorde, seq LIMIT 50",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)},
                SignaalWriter.VOLGORDE_LEVERING_AFSLUITING, runId, SignaalWriter.VOLGORDE_LEVERING_AFSLUITING);
        String reden = "see signals.csv";
        if (!signalen.isEmpty()) {
            String niveau = signalen.get(0)[2];
            List<String> regels = signalen.stream().filter(x -> x[2].equals(niveau)).map(x -> "BR" + x[0])
                    .distinct().toList();
            reden = "(" + String.join(", ", regels) + "); BR" + signalen.get(0)[0] + ": " + signalen.get(0)[1];
        }
        String plaats;
        try {
            plaats = LeveringReader.plaatsVanLevering(levering).toString();
        } catch (RuntimeException e) {
            plaats = "1:1"; // the file passed the XSD a moment ago; a place at its start is the best left
        }
        return levering.getFileName() + ":" + plaats + ": delivery refused as a whole " + Privacy.maskeer(reden);
    }
}
