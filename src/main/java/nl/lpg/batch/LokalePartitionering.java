package nl.lpg.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** Partitions as threads of this process, each with its own reader, transactions and restart point. */
public class LokalePartitionering implements Partitionering {

    private final JobRepository repo;

    public LokalePartitionering(JobRepository repo) {
        this.repo = repo;
    }

    @Override
    public StepBuilder werkerStap(String naam) {
        return new StepBuilder(naam, repo);
    }

    @Override
    public Step managerStap(String naam, Partitioner partitioner, Step werkerStap, int partities,
                            StepExecutionListener luisteraar) {
        int n = Math.max(1, partities);
        // threads "ikv-1", "stand-2": the worker step's name without "Partitie"
        var executor = new SimpleAsyncTaskExecutor(werkerStap.getName().replace("Partitie", "") + "-");
        executor.setConcurrencyLimit(n);
        return new StepBuilder(naam, repo).partitioner(werkerStap.getName(), partitioner).step(werkerStap)
                .gridSize(n).taskExecutor(executor).listener(luisteraar).build();
    }
}
