package nl.lpg.console;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The runs as the Runs page shows them: every process and premium run ({@code lpg_run}) with its status, its counts
 * (signals per aard, units accepted/held/refused, from the run's {@code run.json}), its duration and steps (Spring
 * Batch's step executions), its output files, and for a run still going the progress of its step.
 */
@Component
public class Runs {

    /** Run ids as the engine makes them; nothing else reaches the file system. */
    static final Pattern RUN_ID = Pattern.compile("[0-9A-Za-z_.-]{1,40}");
    static final List<String> AARDEN = List.of("ONVERWERKBAAR", "ONWAARSCHIJNLIJK", "VERWERKBAAR", "INTERNE_BEOORDELING");

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final Path out;
    private final JsonMapper json = JsonMapper.builder().build();

    public Runs(JdbcTemplate jdbc, JobRepository jobRepository,
                @Value("${" + ConsoleConfiguratie.UITVOER + ":out}") String out) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.out = Path.of(out);
    }

    public record Run(String runId, String command, String omschrijving, String status, LocalDateTime started,
                      LocalDateTime ended, String duur, Map<String, Long> perAard, Long accepted, Long held,
                      Long refused, Voortgang voortgang) {
        public boolean loopt() {
            return "RUNNING".equals(status);
        }
    }

    public record Stap(String naam, String status, long gelezen, long geschreven, long commits, String duur) {
    }

    /** How far a running run is: the step it is in and, for the IKV and stand steps, IKVs done of all. */
    public record Voortgang(String stap, long gedaan, long totaal) {
        public int procent() {
            return totaal <= 0 ? 0 : (int) Math.min(100, gedaan * 100 / totaal);
        }
    }

    public record Bestand(String naam, long bytes) {
    }

    public int aantal() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM lpg_run", Integer.class);
        return n == null ? 0 : n;
    }

    /** One page of runs, newest first. */
    public List<Run> pagina(int pagina, int grootte) {
        List<Run> runs = new ArrayList<>();
        jdbc.query("SELECT run_id, command, status, started, ended, levering_sleutel FROM lpg_run"
                + " ORDER BY started DESC, run_id DESC LIMIT ? OFFSET ?", rs -> {
            runs.add(lees(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getTimestamp(5)));
        }, grootte, (long) pagina * grootte);
        return runs;
    }

    /** The run ids for the filter of the Signals page, newest first. */
    public List<String> processRuns() {
        return jdbc.queryForList("SELECT run_id FROM lpg_run WHERE command = 'process' ORDER BY started DESC LIMIT 500",
                String.class);
    }

    public Run run(String runId) {
        List<Run> r = new ArrayList<>();
        jdbc.query("SELECT run_id, command, status, started, ended FROM lpg_run WHERE run_id = ?", rs -> {
            r.add(lees(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getTimestamp(5)));
        }, runId);
        return r.isEmpty() ? null : r.get(0);
    }

    private Run lees(String runId, String command, String status, Timestamp started, Timestamp ended) {
        LocalDateTime s = started.toLocalDateTime();
        LocalDateTime e = ended == null ? null : ended.toLocalDateTime();
        Map<String, Long> perAard = new LinkedHashMap<>();
        Long accepted = null;
        Long held = null;
        Long refused = null;
        String omschrijving = command;
        JsonNode r = runJson(runId);
        if (r != null) {
            for (String a : AARDEN) {
                if (r.path("signalsPerAard").has(a)) {
                    perAard.put(a, r.path("signalsPerAard").path(a).asLong());
                }
            }
            if (r.has("units")) {
                accepted = r.path("units").path("accepted").asLong();
                held = r.path("units").path("held").asLong();
                refused = r.path("units").path("refused").asLong();
            }
            if (r.has("periode")) {
                omschrijving = "premium-run " + r.path("periode").asString();
            } else {
                for (JsonNode i : r.path("inputs")) {
                    if ("levering".equals(i.path("soort").asString())) {
                        omschrijving = "process " + Path.of(i.path("file").asString()).getFileName();
                    }
                }
            }
        }
        Voortgang v = "RUNNING".equals(status) ? voortgang(runId) : null;
        return new Run(runId, command, omschrijving, status, s, e,
                duur(Duration.between(s, e == null ? LocalDateTime.now() : e)), perAard, accepted, held, refused, v);
    }

    /** The run's folder: where the run itself wrote it (its job parameter {@code out}), else serve's --out. */
    public Path map(String runId) {
        if (!RUN_ID.matcher(runId).matches()) {
            return null;
        }
        List<String> o = jdbc.queryForList("SELECT o.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS r"
                + " JOIN BATCH_JOB_EXECUTION_PARAMS o ON o.JOB_EXECUTION_ID = r.JOB_EXECUTION_ID AND o.PARAMETER_NAME = 'out'"
                + " WHERE r.PARAMETER_NAME = 'runId' AND r.PARAMETER_VALUE = ? ORDER BY r.JOB_EXECUTION_ID DESC LIMIT 1",
                String.class, runId);
        Path basis = o.isEmpty() ? out : Path.of(o.get(0));
        Path map = basis.resolve(runId);
        return Files.isDirectory(map) ? map : out.resolve(runId);
    }

    private JsonNode runJson(String runId) {
        Path map = map(runId);
        if (map == null || !Files.isRegularFile(map.resolve("run.json"))) {
            return null;
        }
        try {
            return json.readTree(Files.readString(map.resolve("run.json")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The output files of a run, to download. */
    public List<Bestand> bestanden(String runId) {
        Path map = map(runId);
        if (map == null || !Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return new Bestand(p.getFileName().toString(), Files.size(p));
                } catch (IOException e) {
                    return new Bestand(p.getFileName().toString(), -1);
                }
            }).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** One output file of a run, only when it is one {@link #bestanden} lists (no path of the request's own). */
    public Path bestand(String runId, String naam) {
        for (Bestand b : bestanden(runId)) {
            if (b.naam().equals(naam)) {
                return map(runId).resolve(b.naam());
            }
        }
        return null;
    }

    /** The last execution of the run's job (Spring Batch), or null before it started. */
    private JobExecution executie(String runId) {
        List<Long> id = jdbc.queryForList("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION_PARAMS"
                + " WHERE PARAMETER_NAME = 'runId' AND PARAMETER_VALUE = ?", Long.class, runId);
        if (id.isEmpty() || id.get(0) == null) {
            return null;
        }
        return jobRepository.getJobExecution(id.get(0));
    }

    /** The steps of the run's last execution, in the order they started; partitions add up under their step. */
    public List<Stap> stappen(String runId) {
        JobExecution e = executie(runId);
        if (e == null) {
            return List.of();
        }
        List<Stap> stappen = new ArrayList<>();
        e.getStepExecutions().stream()
                .filter(s -> !s.getStepName().contains(":"))
                .sorted(Comparator.comparing(StepExecution::getId))
                .forEach(s -> {
                    long r = s.getReadCount();
                    long w = s.getWriteCount();
                    long c = s.getCommitCount();
                    // a partitioned step adds its partitions' counts to its own when it ends; until then, add them here
                    boolean delen = r == 0 && w == 0;
                    for (StepExecution p : e.getStepExecutions()) {
                        if (delen && p.getStepName().startsWith(onderdeel(s.getStepName()) + ":")) {
                            r += p.getReadCount();
                            w += p.getWriteCount();
                            c += p.getCommitCount();
                        }
                    }
                    LocalDateTime b = s.getStartTime();
                    LocalDateTime t = s.getEndTime();
                    stappen.add(new Stap(s.getStepName(), s.getStatus().name(), r, w, c,
                            b == null ? "" : duur(Duration.between(b, t == null ? LocalDateTime.now() : t))));
                });
        return stappen;
    }

    /** The IKV step's partitions are named ikvPartitie:partitieN. */
    private static String onderdeel(String stap) {
        return stap.equals("ikvVerwerking") ? "ikvPartitie" : stap;
    }

    private Voortgang voortgang(String runId) {
        JobExecution e = executie(runId);
        if (e == null) {
            return new Voortgang("starting", 0, 0);
        }
        long totaal = e.getExecutionContext().getLong("aantalIkv", 0L);
        StepExecution laatste = e.getStepExecutions().stream().filter(s -> !s.getStepName().contains(":"))
                .max(Comparator.comparing(StepExecution::getId)).orElse(null);
        if (laatste == null) {
            return new Voortgang("starting", 0, totaal);
        }
        long gedaan = laatste.getReadCount();
        for (StepExecution p : e.getStepExecutions()) {
            if (laatste.getReadCount() == 0 && p.getStepName().startsWith(onderdeel(laatste.getStepName()) + ":")) {
                gedaan += p.getReadCount();
            }
        }
        boolean telt = laatste.getStepName().equals("ikvVerwerking") || laatste.getStepName().equals("standBijwerken");
        return new Voortgang(laatste.getStepName(), gedaan, telt ? totaal : 0);
    }

    static String duur(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
