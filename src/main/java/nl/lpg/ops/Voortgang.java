package nl.lpg.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Says how far a step is: its start, then count, rate and estimated time left at most every
 * {@code lpg.progress-interval-ms} (default 10 s) in the log and on stderr, then its end. Around the steps, as a
 * listener, so no step carries progress code. A restarted step counts on from where its reader resumed.
 */
public class Voortgang implements StepExecutionListener, ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(Voortgang.class);

    private final String eenheid;
    private final ToLongFunction<StepExecution> totaal;
    private final String readerNaam;
    private final long intervalNs;
    private final PrintStream stderr;
    private long totaalAantal;
    private long begonnenBij;
    private long gedaan;
    private long startNs;
    private long laatsteNs;
    private String stap;
    /** On a terminal a bar, redrawn every second, instead of the stderr line every interval. */
    private final boolean terminal = System.console() != null && !Boolean.getBoolean("lpg.geen-balk");
    private long laatsteBalkNs;
    private boolean balkGetekend;

    /**
     * @param eenheid    what is counted ("IKVs", "units")
     * @param totaal     how many there are in all for this step (0: unknown)
     * @param readerNaam the reader whose saved count ({@code NAME.read.count}) says where a restart resumes
     */
    public Voortgang(String eenheid, ToLongFunction<StepExecution> totaal, String readerNaam) {
        this(eenheid, totaal, readerNaam, Long.getLong("lpg.progress-interval-ms", 10_000L), System.err);
    }

    Voortgang(String eenheid, ToLongFunction<StepExecution> totaal, String readerNaam, long intervalMs, PrintStream stderr) {
        this.eenheid = eenheid;
        this.totaal = totaal;
        this.readerNaam = readerNaam;
        this.intervalNs = intervalMs * 1_000_000L;
        this.stderr = stderr;
    }

    /** Start and end lines only, for steps that do one thing (tasklets). */
    public static Voortgang alleenBeginEnEinde() {
        return new Voortgang(null, se -> 0, null);
    }

    /** Whether the manager step of this Voortgang runs in this process (not so on a remote worker). */
    private volatile boolean managerHier;

    @Override
    public void beforeStep(StepExecution se) {
        managerHier = true;
        begin(se);
    }

    private synchronized void begin(StepExecution se) {
        stap = se.getStepName();
        startNs = System.nanoTime();
        laatsteNs = startNs;
        gedaan = 0;
        Object gelezen = readerNaam == null ? null : se.getExecutionContext().get(readerNaam + ".read.count");
        begonnenBij = gelezen instanceof Number n ? n.longValue() : 0;
        totaalAantal = eenheid == null ? 0 : totaal.applyAsLong(se);
        log.info("Step {} started{}", stap, begonnenBij > 0 ? " (resuming after " + begonnenBij + " " + eenheid + ")" : "");
    }

    /**
     * The listener for the partitions of a partitioned step whose manager step has this Voortgang: their counts add up
     * to one progress line for the step (partitions run side by side, so this is thread-safe).
     */
    public Object partities() {
        return new Partitie();
    }

    private final class Partitie implements StepExecutionListener, ItemWriteListener<Object> {
        @Override
        public void beforeStep(StepExecution se) {
            if (!managerHier) {
                begin(se); // a remote worker (nl.lpg.remote): the partition is the step this process reports
                return;
            }
            Object gelezen = readerNaam == null ? null : se.getExecutionContext().get(readerNaam + ".read.count");
            if (gelezen instanceof Number n && n.longValue() > 0) {
                synchronized (Voortgang.this) {
                    begonnenBij += n.longValue();
                }
            }
        }

        @Override
        public void afterWrite(Chunk<?> items) {
            Voortgang.this.afterWrite(items);
        }

        @Override
        public ExitStatus afterStep(StepExecution se) {
            return managerHier ? null : Voortgang.this.afterStep(se);
        }
    }

    @Override
    public synchronized void afterWrite(Chunk<?> items) {
        gedaan += items.size();
        long nu = System.nanoTime();
        if (terminal && eenheid != null && nu - laatsteBalkNs >= 1_000_000_000L) {
            laatsteBalkNs = nu;
            stderr.print("\r" + balk(nu));
            stderr.flush();
            balkGetekend = true;
        }
        if (nu - laatsteNs >= intervalNs) {
            laatsteNs = nu;
            String regel = regel(nu);
            log.info(regel);
            if (intervalNs >= 1_000_000_000L && !terminal) {
                stderr.println("lpg: " + regel); // on stderr too, for a person watching a long run
            }
        }
    }

    /** [#########           ] 45% and the progress line, for a terminal. */
    String balk(long nu) {
        long positie = begonnenBij + gedaan;
        int breedte = 30;
        int vol = totaalAantal > 0 ? (int) Math.min(breedte, positie * breedte / totaalAantal) : 0;
        String pct = totaalAantal > 0 ? String.format(Locale.ROOT, "%3d%% ", Math.min(100, positie * 100 / totaalAantal))
                : "";
        return "[" + "#".repeat(vol) + " ".repeat(breedte - vol) + "] " + pct + regel(nu) + "   ";
    }

    String regel(long nu) {
        double s = Math.max(1e-3, (nu - startNs) / 1e9);
        double rate = gedaan / s;
        long positie = begonnenBij + gedaan;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: %,d", stap, positie));
        if (totaalAantal > 0) {
            b.append(String.format(Locale.ROOT, " of %,d", totaalAantal));
        }
        b.append(' ').append(eenheid).append(String.format(Locale.ROOT, ", %,.0f/s", rate));
        if (totaalAantal > positie && rate > 0) {
            b.append(String.format(Locale.ROOT, ", about %,.0f s left", (totaalAantal - positie) / rate));
        }
        return b.toString();
    }

    @Override
    public ExitStatus afterStep(StepExecution se) {
        managerHier = false;
        long ms = (System.nanoTime() - startNs) / 1_000_000;
        if (gedaan == 0 && se.getWriteCount() > 0) {
            gedaan = se.getWriteCount(); // partitions that ran elsewhere (nl.lpg.remote): their sum, from the repository
        }
        if (balkGetekend) {
            stderr.println("\r" + balk(System.nanoTime()));
            balkGetekend = false;
        }
        if (eenheid == null) {
            log.info("Step {} {} in {} ms", stap, se.getStatus().toString().toLowerCase(Locale.ROOT), ms);
        } else {
            log.info("Step {} {}: {} {} in {} ms", stap, se.getStatus().toString().toLowerCase(Locale.ROOT), gedaan,
                    eenheid, ms);
        }
        return null;
    }
}
