package nl.lpg.batch;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the stand step by employee: partition {@code i} applies the units whose personeelsnummer falls in its range
 * of personeelsnummers ({@code vanafPersoneelsnummer} inclusive, {@code totPersoneelsnummer} exclusive, either open).
 * Not by ranges of the file, as the IKV step does: a loontijdvak delivered twice in one delivery must be applied in
 * file order (the later replaces the earlier), and everything of one employee stays in one partition, in that order.
 * The insurer coupling, which compares an employee's stand before and after, sees each employee in one place too. The number is compared as the
 * database compares keys (case and trailing spaces ignored), so two spellings of one key never land in two partitions.
 *
 * <p>Ranges rather than a hash (issue 10): the stand's tables are keyed by opdrachtgever, aansluitnummer and
 * personeelsnummer, and a delivery sorted by employee then gives each partition its own end of the B-trees to append
 * to. Hashed partitions interleaved their keys, every insert split a page in the middle, and the stand's IKP table
 * took 1.8 KB of disk per 0.8 KB row. The bounds are quantiles of a sample of the staged personeelsnummers, so the
 * partitions are about even whatever the numbers look like.</p>
 */
public class StandPartitioner implements Partitioner {

    /** Personeelsnummers sampled (evenly over the file) to place the bounds. */
    static final int STEEKPROEF = 2000;

    /** The context's "splitsing" of a partition split by ranges; without it the partition was hashed (older runs). */
    public static final String BEREIK = "bereik";

    private final JdbcTemplate jdbc;
    private final String runId;
    private final long aantalIkv;

    public StandPartitioner(JdbcTemplate jdbc, String runId, long aantalIkv) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.aantalIkv = aantalIkv;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int n = Math.max(1, gridSize);
        List<String> grenzen = grenzen(steekproef(), n);
        Map<String, ExecutionContext> uit = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putInt("deel", i);
            ctx.putInt("delen", n);
            ctx.putString("splitsing", BEREIK);
            if (i > 0) {
                ctx.putString("vanafPersoneelsnummer", grenzen.get(i - 1));
            }
            if (i < n - 1) {
                ctx.putString("totPersoneelsnummer", grenzen.get(i));
            }
            uit.put("standDeel" + i, ctx);
        }
        return uit;
    }

    /** Up to {@link #STEEKPROEF} staged personeelsnummers, evenly spread over the volgnummers (primary-key reads). */
    private List<String> steekproef() {
        if (aantalIkv <= 0) {
            return List.of();
        }
        int k = (int) Math.min(STEEKPROEF, aantalIkv);
        List<Object> args = new ArrayList<>();
        args.add(runId);
        for (int i = 0; i < k; i++) {
            args.add((int) (1 + (long) i * aantalIkv / k));
        }
        return jdbc.queryForList("SELECT personeelsnummer FROM run_unit WHERE run_id = ? AND volgnummer IN ("
                + "?,".repeat(k - 1) + "?)", String.class, args.toArray());
    }

    /** The {@code n - 1} bounds that cut the sorted sample into {@code n} equal parts. */
    static List<String> grenzen(List<String> steekproef, int n) {
        List<String> gesorteerd = new ArrayList<>(steekproef.stream().map(StandPartitioner::norm).sorted().toList());
        List<String> uit = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            uit.add(gesorteerd.isEmpty() ? "" : gesorteerd.get((int) ((long) i * gesorteerd.size() / n)));
        }
        return uit;
    }

    /** Whether this employee's units belong to the partition with this context. */
    public static boolean hoortBij(nl.lpg.delivery.AdministratieveEenheid ae, String personeelsnummer,
                                   int deel, int delen, String vanaf, String tot, boolean bereik) {
        if (!bereik) {
            // a partition planned by an earlier version (a restart across an upgrade): its hash, as then
            return deel(ae, personeelsnummer, delen) == deel;
        }
        String p = norm(personeelsnummer);
        return (vanaf == null || p.compareTo(vanaf) >= 0) && (tot == null || p.compareTo(tot) < 0);
    }

    /** The hash split of earlier versions. String.hashCode is specified, so every JVM agrees. */
    static int deel(nl.lpg.delivery.AdministratieveEenheid ae, String personeelsnummer, int delen) {
        String sleutel = norm(ae.opdrachtgever()) + '|' + norm(ae.aansluitnummer()) + '|' + norm(personeelsnummer);
        return Math.floorMod(sleutel.hashCode(), Math.max(1, delen));
    }

    /** As the index of the delivery orders them, so a partition's stretch of the file holds all its employees. */
    static String norm(String s) {
        return nl.lpg.delivery.LeveringIndex.sleutel(s);
    }
}
