package nl.lpg.remote;

import nl.lpg.batch.Json;
import nl.lpg.parameters.ParameterSet;
import org.springframework.batch.core.step.StepExecution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a worker must share with the manager to compute a partition exactly as the manager's own process would: the
 * engine version ({@link EngineVersie}), both workbooks (the run's SHA-256 in its job parameters) and the external
 * sources (BRP API or extract, pension administration). The manager writes its engine version and sources into the
 * job execution's context before it sends a partition ({@link #KEY}); a worker compares them with its own before the
 * partition starts and refuses it, saying what differs, instead of computing with other rules or other parameters.
 */
public record Werkvoorwaarden(String engine, List<Map<String, Object>> bronnen) {

    /** The job execution context key the manager writes them under. */
    public static final String KEY = "lpg.remote.werkvoorwaarden";

    public String json() {
        return Json.write(this);
    }

    public static Werkvoorwaarden lees(String json) {
        return json == null ? null : Json.read(json, Werkvoorwaarden.class);
    }

    /**
     * Why this worker ({@code eigen}, with its workbooks in {@code parameters}) must not run the partition
     * {@code se}; null when it may.
     */
    static String weigering(StepExecution se, Werkvoorwaarden eigen, Path parameters) {
        List<String> verschillen = new ArrayList<>();
        Werkvoorwaarden run = lees(se.getJobExecution().getExecutionContext().getString(KEY, null));
        if (run == null) {
            verschillen.add("the run's manager wrote no conditions for workers (a manager without --broker, or of"
                    + " another engine version)");
        } else {
            if (!run.engine().equals(eigen.engine())) {
                verschillen.add("engine version differs: the manager runs " + run.engine() + ", this worker "
                        + eigen.engine());
            }
            if (!Json.write(run.bronnen()).equals(Json.write(eigen.bronnen()))) {
                verschillen.add("external sources differ: the manager uses " + Json.write(run.bronnen())
                        + ", this worker " + Json.write(eigen.bronnen()) + " (give the worker the same --brp-url)");
            }
        }
        var p = se.getJobParameters();
        werkboek(verschillen, parameters.resolve(ParameterSet.PARAMETERS_FILE), p.getString("parametersSha256"));
        werkboek(verschillen, parameters.resolve(ParameterSet.ORGANISATIE_FILE), p.getString("organisatieSha256"));
        if (verschillen.isEmpty()) {
            return null;
        }
        return String.join("; ", verschillen);
    }

    private static void werkboek(List<String> verschillen, Path bestand, String verwacht) {
        if (verwacht == null) {
            verschillen.add("the run names no SHA-256 for " + bestand.getFileName());
            return;
        }
        if (!Files.isRegularFile(bestand)) {
            verschillen.add(bestand.getFileName() + " differs: the run used SHA-256 " + kort(verwacht)
                    + ", this worker has no " + bestand.toAbsolutePath());
            return;
        }
        String eigen = ParameterSet.sha256(bestand);
        if (!eigen.equalsIgnoreCase(verwacht)) {
            verschillen.add(bestand.getFileName() + " differs: the run used SHA-256 " + kort(verwacht)
                    + ", this worker's " + bestand.toAbsolutePath() + " is " + kort(eigen));
        }
    }

    private static String kort(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
    }
}
