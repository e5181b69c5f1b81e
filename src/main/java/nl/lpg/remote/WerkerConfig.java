package nl.lpg.remote;

import nl.lpg.batch.InvoerBestanden;
import nl.lpg.batch.LokalePartitionering;
import nl.lpg.batch.Partitionering;
import nl.lpg.bronnen.ExterneBronnenVanRun;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * A {@code worker}: takes partition requests from the database's queue one at a time (prefetch 1, acknowledged when
 * the partition has ended, so the request of a worker that dies goes back to the queue) and runs them with Spring
 * Batch's {@link RemotePartitioningWorkerStepBuilderFactory}: the worker steps are the very steps of the
 * {@code process} job ({@code nl.lpg.batch.ProcessJobConfig}), built through {@link Partitionering#werkerStap}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lpg.remote.rol", havingValue = "worker")
public class WerkerConfig {

    /** The id of the inbound adapter that {@link Werker} starts once the worker is ready, and stops first. */
    public static final String ONTVANGER = "partitieOntvanger";

    @Bean
    public DirectChannel partitieVerzoekenIn() {
        return new DirectChannel();
    }

    @Bean
    public SimpleMessageListenerContainer partitieLuisteraar(CachingConnectionFactory cf, Queue partitieQueue) {
        SimpleMessageListenerContainer c = new SimpleMessageListenerContainer(cf);
        c.setQueues(partitieQueue);
        c.setPrefetchCount(1);
        c.setConcurrentConsumers(1);
        c.setAcknowledgeMode(AcknowledgeMode.AUTO);
        c.setDefaultRequeueRejected(true);
        c.setMissingQueuesFatal(false);
        c.setShutdownTimeout(2000);
        c.setAutoStartup(false);
        return c;
    }

    @Bean
    public IntegrationFlow vanBroker(SimpleMessageListenerContainer partitieLuisteraar,
                                     DirectChannel partitieVerzoekenIn) {
        return IntegrationFlow.from(Amqp.inboundAdapter(partitieLuisteraar).messageConverter(new VerzoekConverter())
                        .id(ONTVANGER).autoStartup(false))
                .channel(partitieVerzoekenIn)
                .get();
    }

    @Bean
    public WerkerStappen werkerStappen(BeanFactory beanFactory, JobRepository repo, DataSource dataSource,
                                       ExterneBronnenVanRun bronnen, @Value("${lpg.parameters}") String parameters) {
        return new WerkerStappen(beanFactory, repo, dataSource, bronnen, Path.of(parameters));
    }

    /** The delivery from this worker's copy of the staged file; the workbooks from its own --parameters. */
    @Bean
    public InvoerBestanden invoerBestanden(LeveringStaging staging, @Value("${lpg.parameters}") String parameters,
                                           @Value("${lpg.remote.cache}") String cache) {
        return new InvoerBestanden() {
            @Override
            public Path levering(String pad, String sha256) {
                return staging.lokaal(sha256, Path.of(cache));
            }

            @Override
            public Path parameters(String pad) {
                return Path.of(parameters);
            }
        };
    }

    @Bean
    public Partitionering partitionering(JobRepository repo, BeanFactory beanFactory, DirectChannel partitieVerzoekenIn,
                                         WerkerStappen stappen) {
        RemotePartitioningWorkerStepBuilderFactory werkers = new RemotePartitioningWorkerStepBuilderFactory(repo);
        werkers.setBeanFactory(beanFactory);
        LokalePartitionering lokaal = new LokalePartitionering(repo);
        return new Partitionering() {
            @Override
            public StepBuilder werkerStap(String naam) {
                stappen.toestaan(naam);
                return werkers.get(naam).inputChannel(partitieVerzoekenIn).stepLocator(stappen);
            }

            @Override
            public Step managerStap(String naam, Partitioner partitioner, Step werkerStap, int partities,
                                    StepExecutionListener luisteraar) {
                return lokaal.managerStap(naam, partitioner, werkerStap, partities, luisteraar); // a worker runs none
            }
        };
    }
}
