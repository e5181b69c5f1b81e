package nl.lpg.ops;

import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads and checks {@code jobs/*.yaml} at the start of {@code serve}: a bad cron expression, an unknown command, an
 * inbox on a command that has none, or an unknown key is refused with the file, the job and what is wrong, before
 * anything is scheduled. Cron has five fields (minute hour day month weekday, as in crontab) or six (seconds first).
 */
public final class JobsBestanden {

    private JobsBestanden() {
    }

    /** Thrown with one line per fault. */
    public static class OngeldigeJobs extends RuntimeException {
        public OngeldigeJobs(String message) {
            super(message);
        }
    }

    public static List<GeplandeJob> lees(Path map) {
        if (!Files.isDirectory(map)) {
            throw new OngeldigeJobs(map + ": no such folder of job declarations");
        }
        List<Path> bestanden;
        try (Stream<Path> s = Files.list(map)) {
            bestanden = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new OngeldigeJobs(map + ": " + e.getMessage());
        }
        List<GeplandeJob> jobs = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        for (Path f : bestanden) {
            jobs.addAll(lees(f, fouten));
        }
        if (jobs.isEmpty() && fouten.isEmpty()) {
            fouten.add(map + ": no jobs declared (*.yaml with a list 'jobs')");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeJobs(String.join("\n", fouten));
        }
        return jobs;
    }

    @SuppressWarnings("unchecked")
    static List<GeplandeJob> lees(Path f, List<String> fouten) {
        Object doc;
        try (Reader r = Files.newBufferedReader(f)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException | YAMLException e) {
            fouten.add(f + ": not readable as YAML: " + e.getMessage().replace('\n', ' '));
            return List.of();
        }
        if (!(doc instanceof Map<?, ?> m) || !(m.get("jobs") instanceof List<?> lijst)) {
            fouten.add(f + ": expected a list 'jobs'");
            return List.of();
        }
        List<GeplandeJob> jobs = new ArrayList<>();
        int i = 0;
        for (Object o : lijst) {
            i++;
            String waar = f + ": job " + i;
            if (!(o instanceof Map<?, ?> j)) {
                fouten.add(waar + ": expected a mapping");
                continue;
            }
            Map<String, Object> job = (Map<String, Object>) j;
            String naam = tekst(job.get("name"));
            if (naam != null) {
                waar = f + ": job '" + naam + "'";
            } else {
                fouten.add(waar + ": 'name' is missing");
            }
            for (String k : job.keySet()) {
                if (!List.of("name", "description", "schedule", "command", "inputs", "arguments", "options", "on-exit")
                        .contains(k)) {
                    fouten.add(waar + ": unknown key '" + k + "'");
                }
            }
            String cron = tekst(job.get("schedule"));
            CronExpression schema = null;
            if (cron == null) {
                fouten.add(waar + ": 'schedule' is missing");
            } else {
                try {
                    schema = CronExpression.parse(GeplandeJob.alsSpringCron(cron));
                } catch (IllegalArgumentException e) {
                    fouten.add(waar + ": schedule '" + cron + "' is not a cron expression: " + e.getMessage());
                }
            }
            String command = tekst(job.get("command"));
            if (command == null) {
                fouten.add(waar + ": 'command' is missing");
            } else if (!GeplandeJob.COMMANDS.contains(command)) {
                fouten.add(waar + ": unknown command '" + command + "' (serve runs " + GeplandeJob.COMMANDS + ")");
            }
            String inbox = null;
            if (job.get("inputs") instanceof Map<?, ?> in) {
                inbox = tekst(in.get("leveringen"));
            }
            if ("process".equals(command) && inbox == null) {
                fouten.add(waar + ": a process job needs inputs.leveringen (the inbox, e.g. /data/lpg/inbox/*.xml)");
            }
            if (!"process".equals(command) && inbox != null) {
                fouten.add(waar + ": inputs.leveringen is only for process");
            }
            Map<Integer, Path> naExit = new LinkedHashMap<>();
            if (job.get("on-exit") instanceof Map<?, ?> ne) {
                for (var e : ne.entrySet()) {
                    String code = String.valueOf(e.getKey());
                    if (!code.matches("[0-3]")) {
                        fouten.add(waar + ": on-exit '" + code + "': exit codes are 0, 1, 2 and 3");
                        continue;
                    }
                    Object actie = e.getValue();
                    if (actie instanceof Map<?, ?> a && a.get("move-to") != null) {
                        naExit.put(Integer.parseInt(code), Path.of(String.valueOf(a.get("move-to"))));
                    } else if ("leave".equals(actie)) {
                        naExit.put(Integer.parseInt(code), null);
                    } else {
                        fouten.add(waar + ": on-exit '" + code + "': expected 'leave' or {move-to: FOLDER}");
                    }
                }
            } else if (job.get("on-exit") != null) {
                fouten.add(waar + ": on-exit: expected a mapping of exit code to action");
            }
            jobs.add(new GeplandeJob(naam, tekst(job.get("description")), f.getFileName().toString(), cron, schema,
                    cron == null ? null : GeplandeJob.alsSpringCron(cron), command, inbox,
                    lijst(job.get("arguments"), waar + ": arguments", fouten),
                    lijst(job.get("options"), waar + ": options", fouten), naExit));
        }
        return jobs;
    }

    private static String tekst(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static List<String> lijst(Object o, String waar, List<String> fouten) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            fouten.add(waar + ": expected a list");
            return List.of();
        }
        return l.stream().map(String::valueOf).toList();
    }
}
