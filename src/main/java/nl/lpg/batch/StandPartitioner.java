package nl.lpg.batch;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits the stand step by employee: partition {@code deel} of {@code delen} applies the units whose (opdrachtgever,
 * aansluitnummer, personeelsnummer) hash to it. Not by ranges of the file, as the IKV step does: a loontijdvak
 * delivered twice in one delivery must be applied in file order (the later replaces the earlier), and everything of
 * one employee stays in one partition, in that order. The insurer coupling, which compares an employee's stand before
 * and after, sees each employee in one place too. The key is compared as the database compares it (case and trailing
 * spaces ignored), so two spellings of one key never land in two partitions.
 */
public class StandPartitioner implements Partitioner {

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int n = Math.max(1, gridSize);
        Map<String, ExecutionContext> uit = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putInt("deel", i);
            ctx.putInt("delen", n);
            uit.put("standDeel" + i, ctx);
        }
        return uit;
    }

    /** Which of {@code delen} partitions applies this unit. String.hashCode is specified, so every JVM agrees. */
    public static int deel(nl.lpg.delivery.AdministratieveEenheid ae, String personeelsnummer, int delen) {
        String sleutel = norm(ae.opdrachtgever()) + '|' + norm(ae.aansluitnummer()) + '|' + norm(personeelsnummer);
        return Math.floorMod(sleutel.hashCode(), Math.max(1, delen));
    }

    private static String norm(String s) {
        return s == null ? "" : s.stripTrailing().toUpperCase(Locale.ROOT);
    }
}
