package nl.lpg.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one scheduled job: each command as its own process ({@code bin/lpg COMMAND ...}, the same JVM and classpath),
 * so a run that fails or is killed leaves serve running, and the {@code --data} lock of the command line keeps its
 * guarantee. For {@code process}, every delivery in the inbox in arrival order (modification time, then name), each
 * file moved afterwards as {@code on-exit} says. Counts runs, IKVs, signals per aard and durations in Micrometer.
 */
public class JobUitvoerder {

    private static final Logger log = LoggerFactory.getLogger(JobUitvoerder.class);
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final MeterRegistry metrics;
    private final JsonMapper json = JsonMapper.builder().build();

    /** Environment variable that hands a job the database of serve's console (GlobalOptions {@code --db-url}). */
    public static final String DB_URL_ENV = "LPG_DB_URL";

    private volatile Path gedeeldeData;
    private volatile String gedeeldeUrl;

    public JobUitvoerder(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /**
     * Serve's console holds the embedded database of {@code data} (and so its lock): a job whose {@code --data} is
     * that folder runs on the console's database instead, with its URL in {@link #DB_URL_ENV} (in the environment,
     * not on the command line, where {@code ps} would show its password). It then takes the database's named lock as
     * any {@code --db-url} command does, so jobs and the console's decisions still never change the stand at once.
     */
    public void deelDatabase(Path data, String jdbcUrl) {
        this.gedeeldeData = data.toAbsolutePath().normalize();
        this.gedeeldeUrl = jdbcUrl;
    }

    /** The {@code --data} a job's arguments name (the default {@code var} when none). */
    static Path dataVan(List<String> args) {
        Path data = Path.of("var");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data") && i + 1 < args.size()) {
                data = Path.of(args.get(i + 1));
            } else if (a.startsWith("--data=")) {
                data = Path.of(a.substring("--data=".length()));
            }
        }
        return data.toAbsolutePath().normalize();
    }

    public void voerUit(GeplandeJob job) {
        try {
            if (job.inbox() != null) {
                for (Path levering : inbox(job.inbox())) {
                    List<String> args = new ArrayList<>(List.of(job.command(), levering.toString()));
                    args.addAll(vul(job.argumenten()));
                    args.addAll(vul(job.opties()));
                    int exit = start(job, args);
                    verplaats(job, levering, exit);
                }
            } else {
                List<String> args = new ArrayList<>(List.of(job.command()));
                args.addAll(vul(job.argumenten()));
                args.addAll(vul(job.opties()));
                start(job, args);
            }
        } catch (IOException e) {
            log.warn("Job {}: {}", job.naam(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The deliveries waiting in the inbox, oldest first. */
    static List<Path> inbox(String glob) throws IOException {
        Path p = Path.of(glob);
        Path map = p.getParent() == null ? Path.of(".") : p.getParent();
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + p.getFileName());
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(f -> Files.isRegularFile(f) && m.matches(f.getFileName()))
                    .sorted(Comparator.<Path, Long>comparing(f -> f.toFile().lastModified())
                            .thenComparing(f -> f.getFileName().toString()))
                    .toList();
        }
    }

    /** ${previousMonth}, ${month} and ${today}, in Europe/Amsterdam. */
    static List<String> vul(List<String> args) {
        LocalDate vandaag = LocalDate.now(AMSTERDAM);
        return args.stream().map(a -> a.replace("${previousMonth}", YearMonth.from(vandaag).minusMonths(1).toString())
                .replace("${month}", YearMonth.from(vandaag).toString()).replace("${today}", vandaag.toString())).toList();
    }

    private int start(GeplandeJob job, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(javaCommando());
        cmd.addAll(args);
        log.info("Job {}: lpg {}", job.naam(), String.join(" ", args));
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().remove(DB_URL_ENV);
        if (gedeeldeUrl != null && dataVan(args).equals(gedeeldeData)) {
            pb.environment().put(DB_URL_ENV, gedeeldeUrl);
        }
        Process p = pb.start();
        Path runMap = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                System.out.println(l);
                int pijl = l.indexOf(" -> ");
                if ((l.startsWith("DONE ") || l.startsWith("REFUSED ")) && pijl > 0) {
                    runMap = Path.of(l.substring(pijl + 4).trim());
                }
            }
        }
        int exit = p.waitFor();
        long ns = System.nanoTime() - t0;
        log.info("Job {}: lpg {} ended with exit {} after {} s", job.naam(), args.get(0), exit,
                TimeUnit.NANOSECONDS.toSeconds(ns));
        metrics.counter("lpg.runs", "command", job.command(), "exit", String.valueOf(exit)).increment();
        Timer.builder("lpg.run.duration").tag("command", job.command()).register(metrics).record(ns, TimeUnit.NANOSECONDS);
        if (runMap != null && Files.isRegularFile(runMap.resolve("run.json"))) {
            tel(runMap.resolve("run.json"));
        }
        return exit;
    }

    /** IKVs and signals of a finished run, from its run.json. */
    private void tel(Path runJson) {
        try {
            JsonNode r = json.readTree(Files.readString(runJson));
            JsonNode units = r.path("units");
            long ikvs = units.path("accepted").asLong() + units.path("held").asLong() + units.path("refused").asLong();
            metrics.counter("lpg.ikvs").increment(ikvs);
            for (var e : r.path("signalsPerAard").properties()) {
                metrics.counter("lpg.signals", "aard", e.getKey()).increment(e.getValue().asLong());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not count {}: {}", runJson, e.toString());
        }
    }

    private static void verplaats(GeplandeJob job, Path levering, int exit) throws IOException {
        if (!job.naExit().containsKey(exit) || job.naExit().get(exit) == null) {
            log.info("Job {}: {} stays in the inbox (exit {})", job.naam(), levering.getFileName(), exit);
            return;
        }
        Path doel = job.naExit().get(exit);
        Files.createDirectories(doel);
        Files.move(levering, doel.resolve(levering.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        log.info("Job {}: {} moved to {} (exit {})", job.naam(), levering.getFileName(), doel, exit);
    }

    /** This JVM and its classpath: the fat jar with -jar, else the class path and the main class. */
    static List<String> javaCommando() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> c = new ArrayList<>(List.of(java));
        String heap = System.getProperty("lpg.child-heap", "-Xmx512m");
        c.add(heap);
        if (!cp.contains(File.pathSeparator) && cp.endsWith(".jar")) {
            c.addAll(List.of("-jar", cp));
        } else {
            c.addAll(List.of("-cp", cp, "nl.lpg.cli.LpgMain"));
        }
        return c;
    }
}
