package nl.lpg.remote;

import nl.lpg.batch.InvoerBestanden;
import nl.lpg.batch.LokalePartitionering;
import nl.lpg.batch.Partitionering;
import nl.lpg.bronnen.ExterneBronnenVanRun;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager of {@code process --broker}: a partitioned step sends its partitions as requests to the database's
 * queue (Spring Batch's {@link RemotePartitioningManagerStepBuilderFactory}) and waits for the workers by polling the
 * shared job repository, not for replies over the broker: a manager that lost the broker still sees the partitions
 * end. Everything else of the run (the delivery checks, the AE closing, the stand, the outputs) runs here as in one
 * process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lpg.remote.rol", havingValue = "manager")
public class ManagerConfig {

    @Bean
    public DirectChannel partitieVerzoeken() {
        return new DirectChannel();
    }

    /** Each send in a broker transaction: committed means the broker has the (persistent) request. */
    @Bean
    public RabbitTemplate partitieTemplate(CachingConnectionFactory cf) {
        RabbitTemplate t = new RabbitTemplate(cf);
        t.setMessageConverter(new VerzoekConverter());
        t.setChannelTransacted(true);
        return t;
    }

    @Bean
    public IntegrationFlow naarBroker(DirectChannel partitieVerzoeken, RabbitTemplate partitieTemplate,
                                      Queue partitieQueue) {
        return IntegrationFlow.from(partitieVerzoeken)
                .handle(Amqp.outboundAdapter(partitieTemplate).routingKey(partitieQueue.getName()))
                .get();
    }

    @Bean
    public InvoerBestanden invoerBestanden() {
        return InvoerBestanden.ZOALS_GEGEVEN;
    }

    @Bean
    public Partitionering partitionering(JobRepository repo, BeanFactory beanFactory, DirectChannel partitieVerzoeken,
                                         LeveringStaging staging, ExterneBronnenVanRun bronnen,
                                         @Value("${lpg.remote.stil-ms:300000}") long stilMs,
                                         @Value("${lpg.remote.poll-ms:1000}") long pollMs,
                                         @Value("${lpg.progress-interval-ms:10000}") long voortgangMs) {
        RemotePartitioningManagerStepBuilderFactory managers = new RemotePartitioningManagerStepBuilderFactory(repo);
        managers.setBeanFactory(beanFactory);
        LokalePartitionering lokaal = new LokalePartitionering(repo);
        return new Partitionering() {
            @Override
            public StepBuilder werkerStap(String naam) {
                return lokaal.werkerStap(naam); // built here, run by the workers
            }

            @Override
            public Step managerStap(String naam, Partitioner partitioner, Step werkerStap, int partities,
                                    StepExecutionListener luisteraar) {
                ManagerBewaking bewaking = new ManagerBewaking(repo, staging, bronnen, werkerStap.getName(), stilMs,
                        pollMs, Math.max(voortgangMs, 1000));
                return managers.get(naam)
                        .partitioner(werkerStap.getName(), partitioner)
                        .gridSize(Math.max(1, partities))
                        .outputChannel(partitieVerzoeken)
                        .pollInterval(pollMs)
                        .aggregator(bewaking)
                        .listener(bewaking)
                        .listener(luisteraar)
                        .build();
            }
        };
    }
}
