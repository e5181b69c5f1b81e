package nl.lpg.premium;

import nl.lpg.ops.Voortgang;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The {@code premium-run} job: (1) {@code notaVastleggen} records the periode's nota in the premium ledger (one
 * transaction, so a killed run records all of it or nothing), (2) {@code premieUitvoer} writes totals.csv, nota.csv
 * and run.json. Its JobRepository is the engine's database; a run that did not complete is resumed by running the
 * same command again.
 */
@Configuration
public class PremieRunJobConfiguration {

    public static final String JOB = "premiumRun";

    @Bean
    public Job premiumRunJob(JobRepository repo, Step notaVastleggen, Step premieUitvoer) {
        return new JobBuilder(JOB, repo).start(notaVastleggen).next(premieUitvoer).build();
    }

    @Bean
    public Step notaVastleggen(JobRepository repo, PlatformTransactionManager tm, PremieGrootboek grootboek) {
        return new StepBuilder("notaVastleggen", repo).tasklet((contribution, chunkContext) -> {
            var p = chunkContext.getStepContext().getStepExecution().getJobParameters();
            grootboek.legVast(YearMonth.parse(p.getString("periode")), p.getString("runId"),
                    LocalDate.parse(p.getString("peildatum")));
            return RepeatStatus.FINISHED;
        }, tm).listener(Voortgang.alleenBeginEnEinde()).build();
    }

    @Bean
    public Step premieUitvoer(JobRepository repo, PlatformTransactionManager tm, PremieRunUitvoer uitvoer) {
        return new StepBuilder("premieUitvoer", repo).tasklet((contribution, chunkContext) -> {
            var se = chunkContext.getStepContext().getStepExecution();
            var p = se.getJobParameters();
            uitvoer.schrijf(Path.of(p.getString("out")), p.getString("runId"), YearMonth.parse(p.getString("periode")),
                    LocalDate.parse(p.getString("peildatum")), se.getJobExecution());
            return RepeatStatus.FINISHED;
        }, tm).listener(Voortgang.alleenBeginEnEinde()).build();
    }
}
