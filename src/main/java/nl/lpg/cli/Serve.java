package nl.lpg.cli;

import nl.lpg.ops.GeplandeJob;
import nl.lpg.ops.JobUitvoerder;
import nl.lpg.ops.JobsBestanden;
import nl.lpg.ops.ServeApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: runs the jobs of {@code jobs/*.yaml} on their cron schedules (Europe/Amsterdam), one at a time, and
 * serves health and metrics (Spring Boot Actuator) on 127.0.0.1:PORT until it is stopped (SIGTERM or Ctrl-C: a job
 * that is running is let finish).
 */
@Command(name = "serve", description = "Run the jobs of jobs/*.yaml on their schedule; health and metrics on 127.0.0.1:PORT.")
public class Serve implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(Serve.class);

    @Option(names = "--port", description = "HTTP port on 127.0.0.1 for health and metrics (default: ${DEFAULT-VALUE}).")
    int port = 8080;
    @Option(names = "--jobs", description = "Folder with the job declarations (default: ${DEFAULT-VALUE}).")
    Path jobs = Path.of("jobs");

    @Override
    public Integer call() throws Exception {
        List<GeplandeJob> geplande;
        try {
            geplande = JobsBestanden.lees(jobs);
        } catch (JobsBestanden.OngeldigeJobs e) {
            throw new OngeldigeOptie(e.getMessage().replace("\n", "; "));
        }
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ServeApplication.class).run(
                "--spring.main.web-application-type=servlet", "--server.port=" + port, "--server.address=127.0.0.1",
                "--management.endpoints.web.exposure.include=health,metrics,info",
                "--spring.application.name=lpg-engine");
        CountDownLatch gesloten = new CountDownLatch(1);
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                gesloten.countDown();
            }
        });
        ThreadPoolTaskScheduler scheduler = ctx.getBean(ThreadPoolTaskScheduler.class);
        JobUitvoerder uitvoerder = ctx.getBean(JobUitvoerder.class);
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        for (GeplandeJob j : geplande) {
            scheduler.schedule(() -> uitvoerder.voerUit(j), new CronTrigger(j.springCron(), amsterdam));
            log.info("Job {} ({} from {}) scheduled '{}', next at {}", j.naam(), j.command(), j.bron(), j.cron(),
                    j.schema().next(java.time.ZonedDateTime.now(amsterdam)));
        }
        log.info("Serving {} job(s); health and metrics on http://127.0.0.1:{}/actuator", geplande.size(), port);
        gesloten.await();
        return ExitCodes.DONE;
    }
}
