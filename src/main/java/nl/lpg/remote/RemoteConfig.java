package nl.lpg.remote;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;

/**
 * What the manager ({@code process --broker}) and the workers ({@code worker}) share: the broker connection and the
 * durable queue of the database's partition requests. Present only with {@code lpg.broker}; without it the engine
 * has no messaging at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lpg.broker")
@EnableIntegration
public class RemoteConfig {

    /**
     * Connects once to the broker of this context: a manager before its run starts, a worker before it takes requests.
     * Unreachable: an error saying where (exit 3), before anything changed.
     */
    public static void controleerBroker(org.springframework.context.ConfigurableApplicationContext ctx) {
        Broker broker = ctx.getBean(Broker.class);
        try {
            ctx.getBean(CachingConnectionFactory.class).createConnection().close();
        } catch (RuntimeException e) {
            throw new BrokerOnbereikbaar("cannot reach the broker at " + broker.zonderGeheimen() + ": "
                    + nl.lpg.support.Meldingen.kern(e) + "; run the same command again once it is up");
        }
    }

    @Bean
    public Broker broker(@Value("${lpg.broker}") String url) {
        return Broker.van(url);
    }

    @Bean
    public CachingConnectionFactory rabbitConnectionFactory(Broker broker,
                                                            @Value("${lpg.remote.rol:manager}") String rol) {
        return broker.connectionFactory("lpg-engine " + rol + " " + ManagementFactory.getRuntimeMXBean().getName());
    }

    @Bean
    public RabbitAdmin rabbitAdmin(CachingConnectionFactory cf) {
        return new RabbitAdmin(cf);
    }

    @Bean
    public PartitieWachtrij partitieWachtrij(JdbcTemplate jdbc) {
        return PartitieWachtrij.van(jdbc);
    }

    /** Durable, so requests outlive a broker restart (they are sent persistent). */
    @Bean
    public Queue partitieQueue(PartitieWachtrij wachtrij) {
        return new Queue(wachtrij.naam(), true, false, false);
    }

    @Bean
    public LeveringStaging leveringStaging(JdbcTemplate jdbc) {
        return new LeveringStaging(jdbc);
    }
}
