package nl.lpg.batch;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.Intrekking;
import nl.lpg.delivery.LeveringReader;
import nl.lpg.insurer.KoppelingRegister;
import nl.lpg.insurer.KoppelingWaarnemer;
import nl.lpg.ops.Voortgang;
import nl.lpg.report.RunUitvoer;
import nl.lpg.rules.IkvRegel;
import nl.lpg.stand.JdbcStandView;
import nl.lpg.stand.StandWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code process} job: (1) delivery and AE checks, (2) per-IKV checks and calculations (chunks),
 * (3) AE checks over what was staged, (4) intrekkingen and (5) accepted units applied to the stand (chunks),
 * (6) output files. A delivery refused as a whole goes straight to the outputs and changes nothing in the stand.
 */
@Configuration
public class ProcessJobConfig {

    public static final String JOB = "process";

    /**
     * Spring Batch 6 observes every item read and processed (a Micrometer timer per IKV, twice per step), which at
     * 1,000,000 IKVs was about a twentieth of the engine's CPU (issue 10). Those two go; the job, step and chunk
     * observations stay, and with them the timings the metrics show.
     */
    @Bean
    public io.micrometer.observation.ObservationPredicate geenWaarnemingPerItem() {
        return (naam, context) -> !naam.startsWith(ITEM_WAARNEMINGEN);
    }

    /** The observations Spring Batch makes per item: {@code spring.batch.item.read} and {@code .process}. */
    static final String ITEM_WAARNEMINGEN = "spring.batch.item.";

    @Bean
    public Job processJob(JobRepository repo, Step leveringControle, Step ikvVerwerking, Step aeAfsluiting,
                          Step intrekkingen, Step standBijwerken, Step uitvoer,
                          nl.lpg.bronnen.ExterneBronnenVanRun bronnen) {
        JobExecutionDecider geweigerd = (jobExecution, stepExecution) -> new FlowExecutionStatus(
                Boolean.TRUE.equals(jobExecution.getExecutionContext().get(LeveringControleTasklet.GEWEIGERD))
                        ? "GEWEIGERD" : "VERDER");
        return new JobBuilder(JOB, repo)
                // the external sources are decided at the start of every run (an import may have happened since)
                .listener(new org.springframework.batch.core.listener.JobExecutionListener() {
                    @Override
                    public void beforeJob(org.springframework.batch.core.job.JobExecution jobExecution) {
                        bronnen.vernieuw();
                    }
                })
                .start(leveringControle).next(geweigerd)
                .on("GEWEIGERD").to(uitvoer)
                .from(geweigerd).on("VERDER").to(ikvVerwerking).next(aeAfsluiting).next(intrekkingen)
                .next(standBijwerken).next(uitvoer)
                .end().build();
    }

    @Bean
    public Step leveringControle(JobRepository repo, PlatformTransactionManager tm, LeveringControleTasklet t) {
        return new StepBuilder("leveringControle", repo).tasklet(t, tm).listener(Voortgang.alleenBeginEnEinde()).build();
    }

    @Bean
    public Step aeAfsluiting(JobRepository repo, PlatformTransactionManager tm, AeAfsluitingTasklet t) {
        return new StepBuilder("aeAfsluiting", repo).tasklet(t, tm).listener(Voortgang.alleenBeginEnEinde()).build();
    }

    /**
     * Step 2, partitioned: the IKVs are split into {@code lpg.partitions} contiguous ranges of volgnummers that run
     * side by side (each its own reader, transactions and restart point): threads of this process, or with
     * {@code --broker} worker processes ({@link Partitionering}). Everything staged is keyed by volgnummer, so the
     * outputs are the same bytes whatever the number of partitions and wherever they ran.
     */
    @Bean
    public Step ikvVerwerking(Partitionering partitionering, Step ikvPartitie, IkvPartitioner ikvPartitioner,
                              @Value("${lpg.partitions:2}") int partities) {
        return partitionering.managerStap("ikvVerwerking", ikvPartitioner, ikvPartitie, partities, ikvVoortgang());
    }

    /** Partitions as threads of this process, unless a remote role ({@code nl.lpg.remote}) provides its own. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "lpg.remote.rol",
            havingValue = "lokaal", matchIfMissing = true)
    public Partitionering partitionering(JobRepository repo) {
        return new LokalePartitionering(repo);
    }

    /** The input files where the job parameters say, unless a remote worker ({@code nl.lpg.remote}) reads its own. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "lpg.remote.rol",
            havingValue = "lokaal", matchIfMissing = true)
    public InvoerBestanden invoerBestanden() {
        return InvoerBestanden.ZOALS_GEGEVEN;
    }

    /** One progress line for the IKV step, fed by all its partitions. */
    @Bean
    public Voortgang ikvVoortgang() {
        return new Voortgang("IKVs", se -> se.getJobExecution().getExecutionContext()
                .getLong(LeveringControleTasklet.AANTAL_IKV, 0L), "ikvReader");
    }

    @Bean
    public Step ikvPartitie(Partitionering partitionering, PlatformTransactionManager tm, IkvItemReader ikvReader,
                            IkvVerwerker ikvVerwerker, StagingWriter stagingWriter,
                            @Value("${lpg.chunk-size:500}") int chunkSize) {
        Object partitie = ikvVoortgang().partities();
        return partitionering.werkerStap("ikvPartitie").<IkvEenheid, IkvResultaat>chunk(chunkSize)
                .transactionManager(tm).reader(ikvReader).processor(ikvVerwerker).writer(stagingWriter)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) partitie)
                .listener((org.springframework.batch.core.listener.ItemWriteListener<Object>) partitie).build();
    }

    @Bean
    @org.springframework.batch.core.configuration.annotation.JobScope
    public IkvPartitioner ikvPartitioner(@Value("#{jobExecutionContext['aantalIkv']}") Long aantalIkv) {
        return new IkvPartitioner(aantalIkv == null ? 0 : aantalIkv);
    }

    @Bean
    @StepScope
    public IkvItemReader ikvReader(@Value("#{jobParameters['levering']}") String levering,
                                   @Value("#{jobParameters['leveringSha256']}") String leveringSha256,
                                   InvoerBestanden invoer, JdbcStandView standView,
                                   @Value("${lpg.chunk-size:500}") int chunkSize,
                                   @Value("#{stepExecutionContext['van']}") Integer van,
                                   @Value("#{stepExecutionContext['tot']}") Integer tot,
                                   nl.lpg.bronnen.ExterneBronnenVanRun bronnen, JdbcTemplate jdbc,
                                   @Value("#{jobParameters['runId']}") String runId) {
        // per chunk: the stand, the BRP and the pension administration of its participants, each in one go
        JdbcStandView stand = zonderProxy(standView);
        IkvItemReader r = new IkvItemReader(invoer.levering(levering, leveringSha256), chunkSize, chunk -> {
            stand.laadVooruit(chunk);
            bronnen.laadVooruit(chunk);
        }, van == null ? 1 : van, tot == null ? Integer.MAX_VALUE : tot);
        r.setIndex(LeveringIndexOpslag.laad(jdbc, runId)); // a partition starts at its own IKVs (issue 10)
        return r;
    }

    /** The stand as the rules of one process step see it, filled ahead by the reader. */
    @Bean
    @StepScope
    public JdbcStandView standView(JdbcTemplate jdbc, @Value("#{jobParameters['runId']}") String runId) {
        return new JdbcStandView(jdbc, runId);
    }

    @Bean
    @StepScope
    public IkvVerwerker ikvVerwerker(List<IkvRegel> regels, ParameterSetCache cache, JdbcTemplate jdbc,
                                     JdbcStandView standView, InvoerBestanden invoer,
                                     @Value("#{jobParameters['runId']}") String runId,
                                     @Value("#{jobParameters['parameters']}") String parameters,
                                     @Value("#{jobParameters['peildatum']}") String peildatum) {
        Map<Integer, IkvVerwerker.AeUitkomst> aes = new HashMap<>();
        jdbc.query("SELECT ae_index, status, geen_verdere_controle FROM run_ae WHERE run_id = ?",
                rs -> {
                    aes.put(rs.getInt(1), new IkvVerwerker.AeUitkomst(UnitStatus.valueOf(rs.getString(2)),
                            rs.getBoolean(3)));
                }, runId);
        return new IkvVerwerker(regels, cache.get(invoer.parameters(parameters)), zonderProxy(standView), aes,
                LocalDate.parse(peildatum));
    }

    /**
     * The step's own stand view behind its step-scope proxy. Both beans that use it are made inside the same step
     * execution, so they share the one target; the rules call it several times per IKV, and each call through the
     * proxy looked the bean up in the step scope again (6% of the IKV step, issue 10).
     */
    static JdbcStandView zonderProxy(JdbcStandView standView) {
        return standView instanceof org.springframework.aop.scope.ScopedObject s
                ? (JdbcStandView) s.getTargetObject() : standView;
    }

    @Bean
    @StepScope
    public StagingWriter stagingWriter(JdbcTemplate jdbc, SignaalWriter signalen,
                                       @Value("#{jobParameters['runId']}") String runId,
                                       @Value("#{jobParameters['out']}") String out,
                                       @Value("${lpg.remote.rol:lokaal}") String rol) {
        // the chunk's rows of pvp-calculations.csv printed beside the output folder, where the output step finds them;
        // a worker process on another machine leaves them to the output step (issue 10, PvpCsvDelen)
        return new StagingWriter(jdbc, signalen, runId, "lokaal".equals(rol) && out != null
                ? nl.lpg.report.PvpCsvDelen.map(java.nio.file.Path.of(out), runId) : null);
    }

    @Bean
    public Step intrekkingen(JobRepository repo, PlatformTransactionManager tm, JdbcTemplate jdbc,
                             ParameterSetCache cache) {
        return new StepBuilder("intrekkingen", repo).tasklet((contribution, chunkContext) -> {
            RunParameters run = RunParameters.van(chunkContext.getStepContext().getStepExecution().getJobParameters());
            String runId = run.runId();
            // the insurer coupling sees what an intrekking changes, in this transaction (outbox)
            StandWriter stand = new StandWriter(jdbc, new KoppelingWaarnemer(jdbc,
                    new KoppelingRegister(cache.get(run.parameters()).organisatie()), runId, "process " + runId));
            String leveringSleutel = stand.levering(runId).sleutel();
            for (String payload : jdbc.queryForList("SELECT payload FROM run_ae WHERE run_id = ? AND status = 'ACCEPTED'"
                    + " ORDER BY ae_index", String.class, runId)) {
                stand.trekInAe(runId, leveringSleutel, Json.read(payload, AeInhoud.class));
            }
            return RepeatStatus.FINISHED;
        }, tm).listener(Voortgang.alleenBeginEnEinde()).build();
    }

    /**
     * Step 5, partitioned by employee ({@link StandPartitioner}): each partition reads the delivery again and applies
     * its own employees' accepted units in file order; the outcome is in run_unit. The stand is the same whatever
     * the number of partitions ({@code PartitiesIT}). Like the IKV step: threads here, or {@code worker} processes
     * with {@code --broker} ({@link Partitionering}).
     */
    @Bean
    public Step standBijwerken(Partitionering partitionering, Step standPartitie, StandPartitioner standPartitioner,
                               @Value("${lpg.partitions:2}") int partities) {
        return partitionering.managerStap("standBijwerken", standPartitioner, standPartitie, partities,
                standVoortgang());
    }

    @Bean
    @org.springframework.batch.core.configuration.annotation.JobScope
    public StandPartitioner standPartitioner(JdbcTemplate jdbc, @Value("#{jobParameters['runId']}") String runId,
                                             @Value("#{jobExecutionContext['aantalIkv']}") Long aantalIkv) {
        return new StandPartitioner(jdbc, runId, aantalIkv == null ? 0 : aantalIkv);
    }

    /** One progress line for the stand step, fed by all its partitions. */
    @Bean
    public Voortgang standVoortgang() {
        return new Voortgang("units", se -> se.getJobExecution().getExecutionContext()
                .getLong(LeveringControleTasklet.AANTAL_IKV, 0L), "standReader");
    }

    @Bean
    public Step standPartitie(Partitionering partitionering, PlatformTransactionManager tm, IkvItemReader standReader,
                              StandStapWriter standStapWriter, @Value("${lpg.chunk-size:500}") int chunkSize) {
        Object partitie = standVoortgang().partities();
        return partitionering.werkerStap("standPartitie").<IkvEenheid, IkvEenheid>chunk(chunkSize)
                .transactionManager(tm).reader(standReader).writer(standStapWriter)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) partitie)
                .listener((org.springframework.batch.core.listener.ItemWriteListener<Object>) partitie).build();
    }

    /**
     * The stand step reads the delivery again, every IKV of its employees in order (only the stretch of the file that
     * can hold them); their outcome is in run_unit.
     */
    @Bean
    @StepScope
    public IkvItemReader standReader(@Value("#{jobParameters['levering']}") String levering,
                                     @Value("#{jobParameters['leveringSha256']}") String leveringSha256,
                                     InvoerBestanden invoer,
                                     @Value("#{stepExecutionContext['deel']}") Integer deel,
                                     @Value("#{stepExecutionContext['delen']}") Integer delen,
                                     @Value("#{stepExecutionContext['splitsing']}") String splitsing,
                                     @Value("#{stepExecutionContext['vanafPersoneelsnummer']}") String vanaf,
                                     @Value("#{stepExecutionContext['totPersoneelsnummer']}") String tot,
                                     JdbcTemplate jdbc, @Value("#{jobParameters['runId']}") String runId) {
        int d = deel == null ? 0 : deel;
        int n = delen == null ? 1 : delen;
        boolean bereik = StandPartitioner.BEREIK.equals(splitsing);
        // Only the stretch of the file that can hold the partition's personeelsnummers (issue 10): in a delivery
        // sorted by employee each partition reads its own part; unsorted, the whole file as before.
        nl.lpg.delivery.LeveringIndex index = LeveringIndexOpslag.laad(jdbc, runId);
        int[] stuk = bereik ? index.bereik(vanaf, tot) : new int[]{1, Integer.MAX_VALUE};
        IkvItemReader r = new IkvItemReader(invoer.levering(levering, leveringSha256), 1, l -> { }, stuk[0],
                stuk[1], (ae, pnr) -> StandPartitioner.hoortBij(ae, pnr, d, n, vanaf, tot, bereik));
        r.setIndex(index);
        r.setName("standReader");
        return r;
    }

    @Bean
    @StepScope
    public StandStapWriter standStapWriter(JdbcTemplate jdbc, ParameterSetCache cache, InvoerBestanden invoer,
                                           @Value("#{jobParameters['runId']}") String runId,
                                           @Value("#{jobParameters['parameters']}") String parameters) {
        // the insurer coupling derives its mutations from each chunk's stand change, in the chunk's transaction;
        // the same StandWriter path applies a held unit approved in review (nl.lpg.review.Review)
        StandWriter stand = new StandWriter(jdbc, new KoppelingWaarnemer(jdbc,
                new KoppelingRegister(cache.get(invoer.parameters(parameters)).organisatie()), runId,
                "process " + runId));
        return new StandStapWriter(jdbc, runId, stand);
    }

    @Bean
    public Step uitvoer(JobRepository repo, PlatformTransactionManager tm, RunUitvoer uitvoer, JdbcTemplate jdbc,
                        List<nl.lpg.rules.extern.ExterneBronRegel> externeRegels, ParameterSetCache cache,
                        nl.lpg.bronnen.ExterneBronnenVanRun bronnen) {
        return new StepBuilder("uitvoer", repo).tasklet((contribution, chunkContext) -> {
            var se = chunkContext.getStepContext().getStepExecution();
            RunParameters run = RunParameters.van(se.getJobParameters());
            var je = se.getJobExecution();
            boolean geweigerd = Boolean.TRUE.equals(je.getExecutionContext().get(LeveringControleTasklet.GEWEIGERD));
            if (!geweigerd) {
                jdbc.update("UPDATE levering_ontvangen SET status = 'PROCESSED' WHERE run_id = ?", run.runId());
            }
            // BLOCKED insurer mutations of earlier runs go to the outbox once their data is complete
            KoppelingWaarnemer.herbeoordeel(jdbc,
                    new KoppelingRegister(cache.get(run.parameters()).organisatie()), run.runId());
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("runId", run.runId());
            s.put("command", "process");
            s.put("peildatum", run.peildatum().toString());
            s.put("leveringGeweigerd", geweigerd);
            s.put("inputs", RunInputs.van(se.getJobParameters()));
            // Rules that need a source outside the delivery and had none: "not evaluated", never a silent pass.
            var params = cache.get(run.parameters()).parameters();
            List<Map<String, Object>> nietGeevalueerd = new java.util.ArrayList<>();
            for (var r : externeRegels) {
                String nr = ((nl.lpg.rules.Regel) r).regel();
                boolean ergensActief = params.table("Regels").rows().stream()
                        .anyMatch(row -> nr.equals(row.text("regel")) && row.jn("actief"));
                if (!r.bronGeconfigureerd() && ergensActief) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("regel", nr);
                    m.put("status", "not evaluated");
                    m.put("reden", r.nietGeevalueerdReden());
                    nietGeevalueerd.add(m);
                }
            }
            nietGeevalueerd.sort(java.util.Comparator.comparing(m -> (String) m.get("regel")));
            s.put("notEvaluated", nietGeevalueerd);
            s.put("externalSources", bronnen.beschrijving());
            Map<String, Object> durations = new LinkedHashMap<>();
            for (var step : je.getStepExecutions()) {
                // the step's own time: its partitions (name "worker:partitieN") run inside it
                if (step.getStartTime() != null && step.getEndTime() != null && !step.getStepName().contains(":")) {
                    durations.put(step.getStepName(), java.time.Duration.between(step.getStartTime(),
                            step.getEndTime()).toMillis());
                }
            }
            s.put("durationsMs", durations);
            uitvoer.schrijf(run.out(), run.runId(), s);
            return RepeatStatus.FINISHED;
        }, tm).listener(Voortgang.alleenBeginEnEinde()).build();
    }
}
