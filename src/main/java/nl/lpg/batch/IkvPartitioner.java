package nl.lpg.batch;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits the IKVs of a delivery into contiguous ranges of volgnummers ({@code van}..{@code tot}, inclusive), one per
 * partition, as even as possible. Ranges of the file rather than AEs: a delivery is often one AE, and a range is as
 * cheap to find again on restart (skip to {@code van}) as it is to hand to another process.
 */
public class IkvPartitioner implements Partitioner {

    private final long aantalIkv;

    public IkvPartitioner(long aantalIkv) {
        this.aantalIkv = aantalIkv;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int n = (int) Math.max(1, Math.min(gridSize, Math.max(1, aantalIkv)));
        Map<String, ExecutionContext> uit = new LinkedHashMap<>();
        long van = 1;
        for (int i = 0; i < n; i++) {
            long grootte = aantalIkv / n + (i < aantalIkv % n ? 1 : 0);
            ExecutionContext ctx = new ExecutionContext();
            ctx.putInt("van", (int) van);
            ctx.putInt("tot", (int) (i == n - 1 ? Integer.MAX_VALUE : van + grootte - 1));
            uit.put("partitie" + i, ctx);
            van += grootte;
        }
        return uit;
    }
}
