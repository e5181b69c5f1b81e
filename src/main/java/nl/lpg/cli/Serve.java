package nl.lpg.cli;

import nl.lpg.console.ConsoleConfiguratie;
import nl.lpg.console.ConsoleGebruikers;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: runs the jobs of {@code jobs/*.yaml} on their cron schedules (Europe/Amsterdam), one at a time, and
 * serves health and metrics (Spring Boot Actuator) on ADDRESS:PORT until it is stopped (SIGTERM or Ctrl-C: a job
 * that is running is let finish). With {@code --data DIR} or {@code --db-url URL} it also serves the web console on
 * that database (issue 14): runs, signals, held units, the nota, the trail of a PVP and the workbooks, behind a
 * login with the users of {@code --users}.
 */
@Command(name = "serve", description = {"Run the jobs of jobs/*.yaml on their schedule; health and metrics on ADDRESS:PORT.",
        "With --data DIR or --db-url URL also the web console on that database (login: --users)."})
public class Serve implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(Serve.class);
    static final String GEBRUIKERS = "console-users.yaml";

    @Spec
    CommandSpec spec;
    @Mixin
    GlobalOptions g;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port = 8080;
    @Option(names = "--address", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only;"
            + " for other machines put a TLS proxy in front).")
    String address = "127.0.0.1";
    @Option(names = "--jobs", description = "Folder with the job declarations (default: ${DEFAULT-VALUE}).")
    Path jobs = Path.of("jobs");
    @Option(names = "--users", paramLabel = "FILE", description = "The console's users (YAML with bcrypt hashes; default:"
            + " DATA/" + GEBRUIKERS + " if it exists, else config/" + GEBRUIKERS + ").")
    Path users;

    @Override
    public Integer call() throws Exception {
        List<GeplandeJob> geplande;
        try {
            geplande = JobsBestanden.lees(jobs);
        } catch (JobsBestanden.OngeldigeJobs e) {
            throw new OngeldigeOptie(e.getMessage().replace("\n", "; "));
        }
        var pr = spec.commandLine().getParseResult();
        boolean console = pr.hasMatchedOption("--data") || pr.hasMatchedOption("--db-url");
        List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=servlet",
                "--server.port=" + port, "--server.address=" + address,
                "--management.endpoints.web.exposure.include=health,metrics,info",
                "--spring.application.name=lpg-engine"));
        if (!console) {
            ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ServeApplication.class)
                    .run(args.toArray(String[]::new));
            return dien(ctx, geplande, null);
        }
        Path gebruikers = gebruikersBestand();
        try {
            ConsoleGebruikers.lees(gebruikers); // refused before anything starts, with the file and every fault
        } catch (ConsoleGebruikers.OngeldigeGebruikers e) {
            throw new OngeldigeOptie(e.getMessage());
        }
        args.add("--spring.autoconfigure.exclude="); // the console's security and templates
        Map<String, Object> extra = new HashMap<>();
        extra.put(Engine.EXTRA_BRONNEN, new Class<?>[]{ConsoleConfiguratie.class, ServeApplication.Beans.class});
        extra.put(Engine.GEDEELD, true);
        extra.put(Engine.ARGUMENTEN, args.toArray(String[]::new));
        // defaults an installation may change in config/application.properties: a session ends after 30 minutes
        // without a request; its cookie is not sent along by other sites
        extra.put("server.servlet.session.timeout", "30m");
        extra.put("server.servlet.session.cookie.same-site", "strict");
        extra.put("server.servlet.session.cookie.http-only", "true");
        extra.put(ConsoleConfiguratie.GEBRUIKERS, gebruikers.toAbsolutePath().toString());
        extra.put(ConsoleConfiguratie.UITVOER, g.out.toAbsolutePath().normalize().toString());
        extra.put(ConsoleConfiguratie.PARAMETERS, g.parameters.toAbsolutePath().normalize().toString());
        try (Engine e = Engine.start(g, "serve (console on port " + port + ")", false, extra)) {
            if (e.embedded() != null) {
                // the jobs on this --data run on the console's database (serve holds --data's lock)
                e.bean(JobUitvoerder.class).deelDatabase(g.data, e.jdbcUrl());
            }
            return dien(e.context(), geplande, gebruikers);
        }
    }

    private int dien(ConfigurableApplicationContext ctx, List<GeplandeJob> geplande, Path gebruikers)
            throws InterruptedException {
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
        String host = address.contains(":") ? "[" + address + "]" : address;
        log.info("Serving {} job(s); health and metrics on http://{}:{}/actuator", geplande.size(), host, port);
        if (gebruikers != null) {
            log.info("Console on http://{}:{}/ (users from {})", host, port, gebruikers);
        }
        gesloten.await();
        return ExitCodes.DONE;
    }

    /** {@code --users}, else DATA/console-users.yaml (when serving an embedded --data), else config/console-users.yaml. */
    private Path gebruikersBestand() {
        if (users != null) {
            if (!Files.isReadable(users)) {
                throw new OngeldigeOptie("--users " + users + ": file not readable");
            }
            return users;
        }
        Path bijData = g.data.resolve(GEBRUIKERS);
        if (g.dbUrl == null && Files.isReadable(bijData)) {
            return bijData;
        }
        Path config = Path.of("config", GEBRUIKERS);
        if (Files.isReadable(config)) {
            return config;
        }
        throw new OngeldigeOptie("the console has no users: create " + config + " (see README, 'The web console';"
                + " bin/lpg hash-password makes the password hashes) or give --users FILE");
    }
}
