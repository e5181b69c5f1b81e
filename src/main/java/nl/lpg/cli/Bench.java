package nl.lpg.cli;

import nl.lpg.batch.ProcessRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code bench --n N}: generates a delivery of N employees (2 IKPs and 2 products each) for the example aansluiting
 * A1000 (ABP), processes it, and prints IKV/s, PVP/s and peak heap. Figures, not assertions.
 */
@Command(name = "bench", description = "Generate a delivery of N employees, process it, print IKV/s, PVP/s and peak heap.")
public class Bench implements Callable<Integer> {

    @Mixin
    GlobalOptions g;
    @Option(names = "--n", description = "Number of employees (default: ${DEFAULT-VALUE}).")
    int n = 10_000;
    @Option(names = "--reeks", split = ",", description = "Several sizes in one go, e.g. 10000,100000,1000000;"
            + " prints each and how the largest rate compares with the one before it (linear cost: near 1.0).")
    List<Integer> reeks;
    @Option(names = "--maanden", description = "Months processed one after the other on the same stand (default:"
            + " ${DEFAULT-VALUE}); from the second month on every employee is in the stand, so the history rules"
            + " and the stand's replacements do their real work. Each month prints its own figures.")
    int maanden = 1;

    /** The tables a process run writes, for the database's own bulk-write floor over the same rows. */
    private static final List<String> GESCHREVEN = List.of("run_unit", "run_pvp_calculation", "run_signal",
            "stand_ikv", "stand_np_bsn", "stand_ikp", "stand_pvp", "stand_signaal");

    @Override
    public Integer call() throws Exception {
        // JVM start to here: the JVM, picocli and this class; the engine's own start is measured below
        long jvmTotHier = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LpgMain.laadWerkboeken(g);
        if (g.peildatum == null) {
            g.peildatum = LocalDate.of(2026, 3, 15);
        }
        g.data = g.data.resolve("bench");
        LpgMain.controleerUitvoermap(g);
        List<Integer> groottes = reeks == null || reeks.isEmpty() ? List.of(n) : reeks;
        System.out.printf("bench %s, %d cores, max heap %d MB, java %s, partitions %s%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("lpg.partitions", "2 (default)"));
        double vorige = 0;
        boolean eerste = true;
        for (int aantal : groottes) {
            double rate = meet(aantal, Math.max(1, maanden), eerste ? jvmTotHier : -1);
            if (vorige > 0) {
                System.out.printf(Locale.ROOT, "linear n=%d IKV/s ratio to previous size=%.2f%n", aantal, rate / vorige);
            }
            vorige = rate;
            eerste = false;
        }
        return ExitCodes.DONE;
    }

    /** The embedded database server of this command (its pid file under --data), if it is one. */
    private Optional<ProcessHandle> databaseServer() {
        try {
            Path pid = g.data.toAbsolutePath().normalize().resolve("mariadbd.pid");
            return Files.isRegularFile(pid) ? ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The time the JIT compilers spent compiling so far (elapsed, as the JVM counts it: on a busy machine it includes
     * waiting for a core), or 0 where the JVM does not say.
     */
    private static long jitMs() {
        var c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
    }

    /** The collectors' accumulated pause time so far. */
    private static long gcMs() {
        long t = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }

    private static long cpuMs(Optional<ProcessHandle> p) {
        return p.flatMap(h -> h.info().totalCpuDuration()).map(java.time.Duration::toMillis).orElse(0L);
    }

    /**
     * One size: parse-only floor, the engine end to end, the database's bulk-write floor. Returns IKV/s.
     * {@code jvmTotHier}: ms from JVM start to this command's start (negative: do not print the startup line).
     */
    private double meet(int aantal, int maanden, long jvmTotHier) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        try {
            for (int m = 1; m <= maanden; m++) {
                Path f = Files.createTempFile("lpg-bench-", ".xml");
                files.add(f);
                genereer(f, aantal, m);
            }
            int pvps = aantal * 2 * 2;
            long p0 = System.nanoTime();
            int gelezen = 0;
            try (nl.lpg.delivery.LeveringReader r = new nl.lpg.delivery.LeveringReader(files.get(0))) {
                while (r.volgende() != null) {
                    gelezen++;
                }
            }
            double parseS = (System.nanoTime() - p0) / 1e9;
            long s0 = System.currentTimeMillis();
            // a benchmark starts from an empty stand (else BR16 refuses the same delivery)
            try (Engine e = Engine.start(g, "bench --n " + aantal, true)) {
                long klaar = System.currentTimeMillis();
                if (jvmTotHier >= 0) {
                    // the generated file and the parse-only pass come before the engine's start: not counted
                    System.out.printf("startup jvmToEngineReadyMs=%d (JVM and picocli %d + engine %d: embedded"
                                    + " database installed anew under var/bench, Flyway, Spring context)%n",
                            jvmTotHier + klaar - s0, jvmTotHier, klaar - s0);
                }
                var jdbc = e.bean(org.springframework.jdbc.core.JdbcTemplate.class);
                double s = 0;
                for (int m = 1; m <= maanden; m++) {
                    s = maand(e, jdbc, files.get(m - 1), aantal, pvps, m, maanden);
                }
                long rijen = 0;
                double vloerS = 0;
                StringBuilder perTabel = new StringBuilder();
                for (String t : GESCHREVEN) {
                    jdbc.execute("DROP TABLE IF EXISTS bench_vloer");
                    jdbc.execute("CREATE TABLE bench_vloer LIKE " + t);
                    long w0 = System.nanoTime();
                    int r = jdbc.update("INSERT INTO bench_vloer SELECT * FROM " + t);
                    double ts = (System.nanoTime() - w0) / 1e9;
                    rijen += r;
                    vloerS += ts;
                    perTabel.append(String.format(Locale.ROOT, " %s=%d/%.1fs", t, r, ts));
                }
                jdbc.execute("DROP TABLE IF EXISTS bench_vloer");
                // with several months the tables hold every month's rows: the floor is per month written
                double perMaand = vloerS / maanden;
                System.out.printf(Locale.ROOT, "floor n=%d parseOnly IKV/s=%.0f (%d IKVs in %.1f s) bulkWrite rows=%d"
                                + " rows/s=%.0f IKV/s=%.0f; engine at %.0f%% of parse, %.0f%% of bulk write%n", aantal,
                        gelezen / parseS, gelezen, parseS, rijen, rijen / vloerS, aantal / perMaand,
                        100 * (aantal / s) / (gelezen / parseS), 100 * (aantal / s) / (aantal / perMaand));
                System.out.println("floor n=" + aantal + " rows per table (server-side copy):" + perTabel);
                return aantal / s;
            }
        } finally {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** One month's delivery through the engine, measured; prints its lines and returns its seconds. */
    private double maand(Engine e, org.springframework.jdbc.core.JdbcTemplate jdbc, Path file, int aantal, int pvps,
                         int maand, int maanden) throws Exception {
        String label = maanden == 1 ? "" : " maand=" + maand;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        NaGc naGc = NaGc.volg();
        Optional<ProcessHandle> server = databaseServer();
        long cpuEngine0 = cpuMs(Optional.of(ProcessHandle.current()));
        long cpuDb0 = cpuMs(server);
        long jit0 = jitMs();
        long gc0 = gcMs();
        boolean perfSchema = databaseStatistiekAan(jdbc);
        // each month is checked a month after the one before it, as in production
        LocalDate peildatum = g.peildatum.plusMonths(maand - 1);
        long t0 = System.nanoTime();
        ProcessRunner.Uitkomst u = e.bean(ProcessRunner.class).verwerk(file, g.parameters, g.out, peildatum);
        double s = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        naGc.stop();
        // peakHeapMB counts garbage the collector had not yet reclaimed; heapAfterGcMB is the most the heap
        // held right after any collection during the run, the nearer measure of what the run keeps in memory.
        System.out.printf(Locale.ROOT, "bench n=%d%s status=%s seconds=%.1f IKV/s=%.0f PVP/s=%.0f peakHeapMB=%d"
                        + " heapAfterGcMB=%d gcs=%d maxHeapMB=%d%n", aantal, label, u.status(), s, aantal / s, pvps / s,
                peak >> 20, naGc.max() >> 20, naGc.aantal(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("steps n=" + aantal + label + " " + stappen(u.runDir(), s));
        // what the month's units came to: a benchmark of refused units would measure the wrong work
        StringBuilder uitkomst = new StringBuilder();
        jdbc.query("SELECT status, COUNT(*) FROM run_unit WHERE run_id = ? GROUP BY status ORDER BY status", rs -> {
            uitkomst.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
        }, u.runId());
        System.out.println("units n=" + aantal + label + uitkomst);
        // CPU seconds beside the wall clock: they hardly change when others share the machine
        long cpuEngine = cpuMs(Optional.of(ProcessHandle.current())) - cpuEngine0;
        long cpuDb = cpuMs(server) - cpuDb0;
        long jit = jitMs() - jit0;
        long gc = gcMs() - gc0;
        System.out.printf(Locale.ROOT, "cpu n=%d%s engineS=%.1f databaseS=%s totalS=%s (2 cores: %.1f s of CPU"
                        + " were there to use; of the engine's: JIT compiling %.1f s, garbage collection pauses %.1f s)%n",
                aantal, label, cpuEngine / 1e3,
                server.isPresent() ? String.format(Locale.ROOT, "%.1f", cpuDb / 1e3) : "n/a",
                server.isPresent() ? String.format(Locale.ROOT, "%.1f", (cpuEngine + cpuDb) / 1e3) : "n/a",
                s * Runtime.getRuntime().availableProcessors(), jit / 1e3, gc / 1e3);
        if (perfSchema) {
            drukDatabaseTijd(jdbc, aantal);
        }
        return s;
    }

    /**
     * With the server's performance schema on ({@code -Dlpg.embedded.args=--performance-schema=ON}): clears its
     * statement summary so that {@link #drukDatabaseTijd} shows this run only. False where it is off.
     */
    private static boolean databaseStatistiekAan(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        try {
            if (!Integer.valueOf(1).equals(jdbc.queryForObject("SELECT @@performance_schema", Integer.class))) {
                return false;
            }
            jdbc.execute("TRUNCATE performance_schema.events_statements_summary_by_digest");
            return true;
        } catch (org.springframework.dao.DataAccessException e) {
            return false;
        }
    }

    /** Where the database's time went: the statements that took most of it (only with the performance schema on). */
    private static void drukDatabaseTijd(org.springframework.jdbc.core.JdbcTemplate jdbc, int aantal) {
        jdbc.query("SELECT COUNT_STAR, SUM_TIMER_WAIT / 1e12, SUM_ROWS_AFFECTED, SUM_ROWS_EXAMINED, DIGEST_TEXT"
                + " FROM performance_schema.events_statements_summary_by_digest ORDER BY SUM_TIMER_WAIT DESC LIMIT 15",
                rs -> {
                    String sql = rs.getString(5) == null ? "" : rs.getString(5);
                    System.out.printf(Locale.ROOT, "dbtime n=%d s=%.2f count=%d affected=%d examined=%d %s%n", aantal,
                            rs.getDouble(2), rs.getLong(1), rs.getLong(3), rs.getLong(4),
                            sql.length() > 160 ? sql.substring(0, 160) : sql);
                });
    }

    /** The step durations of the run, from its run.json. */
    private static String stappen(Path runDir, double seconden) throws java.io.IOException {
        var json = nl.lpg.batch.Json.MAPPER.readTree(Files.readString(runDir.resolve("run.json")));
        StringBuilder b = new StringBuilder();
        long[] som = {0};
        json.path("durationsMs").properties().forEach(e -> {
            b.append(e.getKey()).append("Ms=").append(e.getValue().asLong()).append(' ');
            som[0] += e.getValue().asLong();
        });
        // run.json is written by the last step (uitvoer), before its own end: the rest of the run is that step
        return b.append("uitvoerEnRestMs=").append(Math.round(seconden * 1000) - som[0]).toString();
    }

    /**
     * A clean delivery for the example aansluiting A1000 (ABP, MAAND, February 2026): every employee starts on 1 February
     * (new in the stand, so the history rules such as BR333 find no missing month) and has two IKPs
     * (1-14 and 15-28 February, deeltijdfactor 0.8) with OPNP (type Q) and AAOP (type T), the premiegrondslag and
     * premie delivered as the shipped 2026 parameters compute them (franchise 19545.00, productloon under the maximum:
     * (productloon - 19545) x 0.8 x 0.5 / 12), and the collectieve aangiften that match.
     */
    public static void genereer(Path file, int n) throws java.io.IOException {
        genereer(file, n, 1);
    }

    /**
     * As {@link #genereer(Path, int)} for month {@code maand} from February 2026 on (2: March): the same employees and
     * IKVs (aanvang 1 February), with that month's loontijdvak and two IKPs (1-14 and 15 to the end, the second open).
     */
    public static void genereer(Path file, int n, int maand) throws java.io.IOException {
        java.time.YearMonth periode = java.time.YearMonth.of(2026, 2).plusMonths(maand - 1);
        String eerste1 = periode.atDay(1).toString();
        String laatste = periode.atEndOfMonth().toString();
        java.math.BigDecimal franchise = new java.math.BigDecimal("19545.00");
        java.math.BigDecimal deeltijd = new java.math.BigDecimal("0.8");
        java.util.Map<String, java.math.BigDecimal[]> som = new java.util.TreeMap<>();
        java.util.Map<String, String> pct = java.util.Map.of("OPNP", "27.30", "AAOP", "0.60");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<levering xmlns=\"urn:lpg:levering:1\" nummerLeverancier=\"L001\""
                    + " periodeLevering=\"" + periode + "\" volgnummer=\"" + (100 + n % 1000) + "\" aanmaak=\""
                    + periode.plusMonths(1).atDay(1) + "T08:00:00\" soort=\"R\">\n");
            w.write("<administratieveEenheid aansluitnummer=\"A1000\" opdrachtgever=\"ABP\" periodiciteit=\"MAAND\""
                    + " datumAanvangTijdvak=\"" + eerste1 + "\" datumEindeTijdvak=\"" + laatste
                    + "\" loonheffingennummer=\"123456789L01\">\n");
            for (int i = 1; i <= n; i++) {
                String pnr = String.format("%015d", 500_000_000L + i);
                java.math.BigDecimal loon = java.math.BigDecimal.valueOf(40000 + i % 50000).setScale(2);
                w.write("<inkomstenverhouding personeelsnummer=\"" + pnr + "\" nummer=\"1\" aard=\"11\" datumAanvang=\"2026-02-01\">"
                        + "<natuurlijkPersoon bsn=\"" + bsn(i) + "\" personeelsnummer=\"" + pnr + "\" voorletters=\"A\""
                        + " achternaam=\"Bench\" geboortedatum=\"1980-01-01\" geslacht=\"V\"/>");
                boolean eerste = true;
                for (String[] ikp : new String[][]{{eerste1, periode.atDay(14).toString()},
                        {periode.atDay(15).toString(), null}}) {
                    w.write("<inkomstenperiode datumAanvang=\"" + ikp[0] + "\"" + (ikp[1] == null ? "" : " datumEinde=\"" + ikp[1] + "\"")
                            + " verbijzondering=\"REG\" codeMeetelling=\"J\" deeltijdfactor=\"0.8000\" soortInkomstenverhouding=\"15\">"
                            + (eerste ? "<werknemergegevens svLoon=\"3000.00\" pensioenloon=\"3000.00\"/>" : ""));
                    eerste = false;
                    // the IKP's share of the month (its days over the month's): one half in February
                    int dagen = ikp[1] == null ? periode.lengthOfMonth() - 14 : 14;
                    java.math.BigDecimal factor = deeltijd.multiply(java.math.BigDecimal.valueOf(dagen)).divide(
                            java.math.BigDecimal.valueOf(12L * periode.lengthOfMonth()), java.math.MathContext.DECIMAL128);
                    java.math.BigDecimal grondslag = loon.subtract(franchise).multiply(factor)
                            .setScale(2, java.math.RoundingMode.HALF_UP);
                    for (String pk : new String[]{"OPNP", "AAOP"}) {
                        java.math.BigDecimal premie = grondslag.multiply(new java.math.BigDecimal(pct.get(pk)))
                                .divide(java.math.BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP);
                        java.math.BigDecimal[] s = som.computeIfAbsent(pk, k -> new java.math.BigDecimal[]{
                                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO});
                        s[0] = s[0].add(loon);
                        s[1] = s[1].add(grondslag);
                        s[2] = s[2].add(premie);
                        w.write("<pensioenVerzekeringVerhouding productkeuze=\"" + pk + "\"><pensioenVerzekeringPeriode datumAanvang=\""
                                + ikp[0] + "\" productloon=\"" + loon + "\" premiegrondslag=\"" + grondslag + "\" premie=\""
                                + premie + "\" meetellingswaarde=\"100.00\"/></pensioenVerzekeringVerhouding>");
                    }
                    w.write("</inkomstenperiode>");
                }
                w.write("</inkomstenverhouding>\n");
            }
            StringBuilder ca = new StringBuilder();
            for (var e : som.entrySet()) {
                ca.append(" productkeuze=\"").append(e.getKey()).append("\" pensioengevendLoon=\"").append(e.getValue()[0])
                        .append("\" premiegrondslag=\"").append(e.getValue()[1]).append("\" premie=\"").append(e.getValue()[2])
                        .append("\"/>\n|");
            }
            for (String c : ca.toString().split("\\|")) {
                if (!c.isBlank()) {
                    w.write("<collectieveAangifte" + c);
                }
            }
            w.write("</administratieveEenheid>\n");
            for (String c : ca.toString().split("\\|")) {
                if (!c.isBlank()) {
                    w.write("<collectieveAangifteLevering" + c);
                }
            }
            w.write("</levering>\n");
        }
    }

    /** A BSN that passes the elfproef: weights 9..2 and -1. */
    static String bsn(int i) {
        int base = 10_000_000 + i;
        for (int last = 0; last <= 9; last++) {
            String s = String.format("%08d%d", base % 100_000_000, last);
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += (s.charAt(k) - '0') * (9 - k);
            }
            sum -= (s.charAt(8) - '0');
            if (sum % 11 == 0 && s.charAt(0) != '0') {
                return s;
            }
        }
        return bsn(i + 7_000_000);
    }

    /** The largest heap in use right after a garbage collection, from the JVM's GC notifications. */
    static final class NaGc implements javax.management.NotificationListener {
        private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicInteger aantal = new java.util.concurrent.atomic.AtomicInteger();

        static NaGc volg() {
            NaGc l = new NaGc();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter e) {
                    e.addNotificationListener(l, null, null);
                }
            }
            return l;
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) n.getUserData());
            long na = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> ManagementFactory.getMemoryPoolMXBeans().stream()
                            .anyMatch(p -> p.getName().equals(e.getKey()) && p.getType() == MemoryType.HEAP))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
            max.accumulateAndGet(na, Math::max);
            aantal.incrementAndGet();
        }

        void stop() {
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter e) {
                    try {
                        e.removeNotificationListener(this);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // not registered on this collector
                    }
                }
            }
        }

        long max() {
            return max.get();
        }

        int aantal() {
            return aantal.get();
        }
    }
}
