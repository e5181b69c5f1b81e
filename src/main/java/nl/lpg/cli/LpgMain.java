package nl.lpg.cli;

import nl.lpg.batch.ProcessRunner;
import nl.lpg.delivery.DeliveryException;
import nl.lpg.delivery.LeveringSchema;
import nl.lpg.parameters.ParameterSet;
import nl.lpg.parameters.WorkbookException;
import nl.lpg.premium.PremieRun;
import nl.lpg.support.Privacy;
import org.springframework.batch.core.BatchStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code bin/lpg COMMAND [options]}: the engine's command line (CONTRACT.md section 3). */
@Command(name = "lpg", mixinStandardHelpOptions = true, description = "lpg-engine: Levering Premie en Gegevens",
        subcommands = {LpgMain.Process.class, LpgMain.PremiumRun.class, LpgMain.CheckParameters.class, LpgMain.DiffParameters.class,
                LpgMain.Demo.class, Rules.class, ImportCommands.ImportBrp.class,
                ImportCommands.ImportPensioenadministratie.class, Bench.class, ExportStand.class, Serve.class,
                ReviewCommand.class, InsurerSend.class, HashPassword.class, Worker.class})
public class LpgMain {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new LpgMain());
        cl.setParameterExceptionHandler((ex, a) -> {
            cl.getErr().println("lpg: " + ex.getMessage());
            return ExitCodes.UNUSABLE_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, r) -> {
            // One line, no stack trace, and no BSN or IBAN a message may quote from the input.
            if (ex instanceof nl.lpg.review.BesluitGeweigerd) {
                fout(c, ex.getMessage()); // review: the decision is refused, nothing changed
                return ExitCodes.REFUSED;
            }
            if (ex instanceof DeliveryException || ex instanceof WorkbookException || ex instanceof OngeldigeOptie
                    || ex instanceof nl.lpg.review.OnbekendeEenheid) {
                fout(c, ex.getMessage());
                if (ex instanceof WorkbookException we && we.errors().size() > 1) {
                    we.errors().forEach(e -> c.getErr().println("  " + Privacy.maskeer(e.toString())));
                }
                return ExitCodes.UNUSABLE_INPUT;
            }
            fout(c, Foutmelding.eenRegel(ex));
            log.debug("Stack trace of the error above", ex); // for a developer at DEBUG; never on stderr
            return ExitCodes.OTHER;
        });
        return cl.execute(args);
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LpgMain.class);

    /** One line on stderr, masked: no BSN or IBAN even where a parser or the database quoted one. */
    static void fout(CommandLine c, String melding) {
        String m = melding == null ? "" : melding.replace('\n', ' ').replace('\r', ' ');
        c.getErr().println("lpg: " + Privacy.maskeer(m));
    }

    /** --out must be writable before anything runs: an unwritable folder is unusable input, not a failed run. */
    static void controleerUitvoermap(GlobalOptions g) {
        try {
            nl.lpg.report.RunMap.controleerSchrijfbaar(g.out);
        } catch (java.io.IOException e) {
            throw new OngeldigeOptie("--out " + g.out.toAbsolutePath() + ": cannot write there ("
                    + Foutmelding.eenRegel(e) + ")");
        }
    }

    static void print(String s) {
        System.out.println(s);
    }

    /** Loads the workbooks before anything else, so a broken workbook is refused before the database starts. */
    static ParameterSet laadWerkboeken(GlobalOptions g) {
        return ParameterSet.load(g.parameters);
    }

    @Command(name = "process", description = "Validate one delivery, compute grondslag and premie, update the stand, write outputs.")
    static class Process implements Callable<Integer> {
        @Mixin
        GlobalOptions g;
        @Parameters(index = "0", description = "The delivery XML.")
        Path levering;
        @Option(names = "--partitions", description = "Partitions of the IKV and stand steps (default:"
                + " lpg.partitions, 2): threads of this process, or with --broker requests for the workers.")
        Integer partities;
        @Option(names = "--broker", description = "RabbitMQ, amqp://USER:PASS@HOST:PORT[/vhost]: send the partitions"
                + " of the IKV and stand steps to `lpg worker` processes on the same --db-url (needed) and wait for"
                + " them; the delivery checks, the AE closing and the outputs run here.")
        String broker;

        @Override
        public Integer call() throws Exception {
            java.util.Map<String, Object> extra = new java.util.HashMap<>();
            if (partities != null) {
                if (partities < 1) {
                    throw new OngeldigeOptie("--partitions " + partities + ": give 1 or more");
                }
                // as a command-line property: it wins over lpg.partitions in config/application.properties
                extra.put(Engine.ARGUMENTEN, new String[]{"--lpg.partitions=" + partities});
            }
            if (broker != null) {
                extra.putAll(Worker.broker(broker, g.dbUrl, "manager"));
            }
            // Workbooks and XSD first, so unusable input is refused before the database starts.
            laadWerkboeken(g);
            String sha = LeveringSchema.valideer(levering);
            controleerUitvoermap(g);
            try (Engine e = Engine.start(g, "process " + levering.getFileName(), false, extra)) {
                if (broker != null) {
                    nl.lpg.remote.RemoteConfig.controleerBroker(e.context());
                }
                return verwerk(e, levering, sha, g);
            }
        }
    }

    static int verwerk(Engine e, Path levering, String sha, GlobalOptions g) throws Exception {
        ProcessRunner.Uitkomst u = e.bean(ProcessRunner.class).verwerk(levering, sha, g.parameters, g.out, g.peildatum());
        if (u.status() != BatchStatus.COMPLETED) {
            System.err.println("lpg: " + Privacy.maskeer("run " + u.runId() + " ended " + u.status()
                    + (u.reden() == null ? "" : " (" + u.reden() + ")") + "; run the same command again to resume it"));
            return ExitCodes.OTHER;
        }
        if (u.weigering() != null) {
            System.err.println("lpg: " + u.weigering());
        }
        print((u.leveringGeweigerd() ? "REFUSED " : "DONE ") + levering.getFileName() + " -> " + u.runDir());
        return u.leveringGeweigerd() ? ExitCodes.REFUSED : ExitCodes.DONE;
    }

    @Command(name = "premium-run", description = "Premium totals over the stand for one month.")
    static class PremiumRun implements Callable<Integer> {
        @Mixin
        GlobalOptions g;
        @Option(names = "--periode", required = true, description = "The month, YYYY-MM.")
        YearMonth periode;

        @Override
        public Integer call() {
            controleerUitvoermap(g);
            try (Engine e = Engine.start(g, "premium-run " + periode)) {
                print("DONE premium-run " + periode + " -> " + e.bean(PremieRun.class).voerUit(periode, g.out, g.peildatum()));
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "check-parameters", description = "Load and validate the workbooks, print every error, change nothing.")
    static class CheckParameters implements Callable<Integer> {
        @Mixin
        GlobalOptions g;
        @Parameters(index = "0", arity = "0..1", description = "The workbook directory (default: --parameters).")
        Path dir;

        @Override
        public Integer call() {
            return nl.lpg.parameters.ParameterCommands.checkParameters(dir != null ? dir : g.parameters, System.out,
                    System.err);
        }
    }

    @Command(name = "diff-parameters", description = "List every value that changes between two workbook versions, by sheet, key and date.")
    static class DiffParameters implements Callable<Integer> {
        @Parameters(index = "0", description = "The old workbook directory.")
        Path oud;
        @Parameters(index = "1", description = "The new workbook directory.")
        Path nieuw;

        @Override
        public Integer call() {
            return nl.lpg.parameters.ParameterCommands.diffParameters(oud, nieuw, System.out, System.err);
        }
    }

    @Command(name = "demo", description = "The shipped examples end to end on the embedded database: every delivery in examples/ and the premium runs of their months.")
    static class Demo implements Callable<Integer> {
        @Mixin
        GlobalOptions g;
        @Option(names = "--examples", description = "Directory with the example deliveries (default: ${DEFAULT-VALUE}).")
        Path examples = Path.of("examples");

        @Override
        public Integer call() throws Exception {
            laadWerkboeken(g);
            if (g.peildatum == null) {
                g.peildatum = LocalDate.of(2026, 3, 15); // fixed, so the demo's outputs are the same every time
            }
            // The demo keeps its own stand and starts from an empty one, so it can run again and again.
            g.data = g.data.resolve("demo");
            controleerUitvoermap(g);
            List<Path> leveringen;
            try (Stream<Path> s = Files.list(examples)) {
                leveringen = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
            }
            try (Engine e = Engine.start(g, "demo", true)) {
                // the shipped external sources, so the rules that need them are evaluated (issue 15)
                Path brp = examples.resolve("brp-extract.csv");
                if (Files.isRegularFile(brp)) {
                    print("DONE import-brp " + brp.getFileName() + ": "
                            + e.bean(nl.lpg.bronnen.BrpImport.class).importeer(brp) + " persons");
                }
                Path pa = examples.resolve("pensioenadministratie.csv");
                if (Files.isRegularFile(pa)) {
                    print("DONE import-pensioenadministratie " + pa.getFileName() + ": "
                            + e.bean(nl.lpg.bronnen.PensioenadministratieImport.class).importeer(pa) + " rows");
                }
                for (Path l : leveringen) {
                    verwerk(e, l, LeveringSchema.valideer(l), g);
                }
                // 2025-10: the quarter of the Schoonmaak example (KWARTAAL, loontijdvak 2025-10-01..2025-12-31)
                for (String p : new String[]{"2025-10", "2026-01", "2026-02"}) {
                    print("DONE premium-run " + p + " -> "
                            + e.bean(PremieRun.class).voerUit(YearMonth.parse(p), g.out, g.peildatum()));
                }
            }
            // the web console on the demo's database: one user per role, passwords new every time
            nl.lpg.console.DemoGebruikers.schrijf(g.data);
            print("Console: bin/lpg serve --port 8080 --data " + g.data + " --out " + g.out + "  then http://127.0.0.1:8080/"
                    + " (users demo-reviewer, demo-auditor, demo-operator; passwords in "
                    + g.data.resolve(nl.lpg.console.DemoGebruikers.LOGINS) + ")");
            return ExitCodes.DONE;
        }
    }
}
