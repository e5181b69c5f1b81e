package nl.lpg.batch;

import org.springframework.batch.core.job.parameters.JobParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The input files of a run with their SHA-256, for run.json: the delivery and both workbooks. */
public final class RunInputs {
    private RunInputs() {
    }

    public static List<Map<String, Object>> van(JobParameters p) {
        return List.of(
                entry("levering", p.getString("levering"), p.getString("leveringSha256")),
                entry("parameters", p.getString("parameters") + "/parameters.xlsx", p.getString("parametersSha256")),
                entry("organisatie", p.getString("parameters") + "/organisatie.xlsx", p.getString("organisatieSha256")));
    }

    private static Map<String, Object> entry(String soort, String file, String sha) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("soort", soort);
        m.put("file", file);
        m.put("sha256", sha);
        return m;
    }
}
