package nl.lpg.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The context of {@code serve}: a web server on loopback with Actuator (health, metrics) and a scheduler with ONE
 * thread, so two jobs never run at once (and each command takes the {@code --data} lock besides). Deliberately not a
 * component-scanned {@code @Configuration}: the engine's own context (LpgApplication) must not pick it up, and this one
 * has no database of its own (each job runs as its own process with its own).
 */
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration",
        "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration"})
@Import(ServeApplication.Beans.class)
public class ServeApplication {

    /** The scheduler and the job runner; also part of the console's context (serve with --data or --db-url). */
    public static class Beans {
        @Bean
        ThreadPoolTaskScheduler lpgScheduler() {
            ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
            s.setPoolSize(1);
            s.setThreadNamePrefix("lpg-job-");
            s.setWaitForTasksToCompleteOnShutdown(true);
            // a job that is running is let finish, but the next cron time of every job is not waited for
            s.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            s.setAwaitTerminationSeconds(3600);
            return s;
        }

        @Bean
        JobUitvoerder jobUitvoerder(MeterRegistry metrics) {
            return new JobUitvoerder(metrics);
        }
    }
}
