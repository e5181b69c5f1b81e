package nl.lpg.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job declarations serve runs: the shipped ones load; a faulty one is refused with its file, job and fault. */
class JobsBestandenTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedDeclarationsLoadWithTheirSchedulesAndExitActions() {
        List<GeplandeJob> jobs = JobsBestanden.lees(Path.of("jobs"));
        assertThat(jobs).extracting(GeplandeJob::naam)
                .containsExactly("leveringen-verwerken", "verzekeraar-versturen", "premierun-vorige-maand",
                        "parameters-controleren");
        GeplandeJob nacht = jobs.get(0);
        assertThat(nacht.inbox()).isEqualTo("/data/lpg/inbox/*.xml");
        assertThat(nacht.naExit()).containsEntry(0, Path.of("/data/lpg/processed")).containsEntry(3, null);
        // five-field cron is read as crontab: nightly at 02:00
        assertThat(nacht.schema().next(java.time.LocalDateTime.of(2026, 11, 23, 15, 0)))
                .isEqualTo(java.time.LocalDateTime.of(2026, 11, 24, 2, 0));
    }

    @Test
    void everyFaultIsNamedWithItsFileAndJob() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), """
                jobs:
                  - name: x
                    schedule: "0 2 * *"
                    command: process
                    onexit: {}
                  - name: y
                    schedule: "0 2 * * *"
                    command: premium-run
                    inputs: {leveringen: /in/*.xml}
                    on-exit: {"7": leave}
                """);
        assertThatThrownBy(() -> JobsBestanden.lees(tmp)).hasMessageContainingAll(
                "a.yaml: job 'x': unknown key 'onexit'",
                "a.yaml: job 'x': schedule '0 2 * *' is not a cron expression",
                "a.yaml: job 'x': a process job needs inputs.leveringen",
                "a.yaml: job 'y': inputs.leveringen is only for process",
                "a.yaml: job 'y': on-exit '7': exit codes are 0, 1, 2 and 3");
    }

    @Test
    void placeholdersAreTheMonthsOfAmsterdam() {
        List<String> a = JobUitvoerder.vul(List.of("--periode", "${previousMonth}", "x"));
        assertThat(a.get(1)).isEqualTo(java.time.YearMonth.now(JobUitvoerder.AMSTERDAM).minusMonths(1).toString());
        assertThat(a.get(2)).isEqualTo("x");
    }
}
