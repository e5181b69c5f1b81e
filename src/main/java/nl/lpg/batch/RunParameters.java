package nl.lpg.batch;

import org.springframework.batch.core.job.parameters.JobParameters;

import java.nio.file.Path;
import java.time.LocalDate;

/** The job parameters of a process run, typed. */
public record RunParameters(String runId, Path levering, Path parameters, Path out, LocalDate peildatum) {

    public static RunParameters van(JobParameters p) {
        return new RunParameters(p.getString("runId"), Path.of(p.getString("levering")),
                Path.of(p.getString("parameters")), Path.of(p.getString("out")),
                LocalDate.parse(p.getString("peildatum")));
    }
}
