package nl.lpg.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * How a partitioned step of the {@code process} job runs its partitions. In one process ({@link LokalePartitionering},
 * the default): threads side by side. With {@code --broker} ({@code nl.lpg.remote}): the manager sends the partitions
 * to {@code worker} processes over RabbitMQ and waits for them in the shared job repository; a worker runs the worker
 * step that {@link #werkerStap(String)} built. A partitioned step asks for both, so another partitioned step (the
 * stand step, say) takes the same wiring: {@code managerStap("standBijwerken", partitioner, standPartitie, n, l)} with
 * {@code standPartitie} built from {@code werkerStap("standPartitie")}; whatever path its beans read from the job
 * parameters goes through {@link InvoerBestanden}.
 */
public interface Partitionering {

    /** The builder of a worker step (the step one partition runs). */
    StepBuilder werkerStap(String naam);

    /**
     * The manager step {@code naam}: {@code partitioner} splits the work into {@code partities} parts, each run by
     * {@code werkerStap}; {@code luisteraar} hears the manager step's start and end.
     */
    Step managerStap(String naam, Partitioner partitioner, Step werkerStap, int partities,
                     StepExecutionListener luisteraar);
}
