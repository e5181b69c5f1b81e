package nl.lpg.batch;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.LeveringReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.nio.file.Path;

/**
 * Hands the job one inkomstenverhouding at a time, of the whole delivery or of one partition (the IKVs with volgnummer
 * {@code van..tot}). Restartable: Spring Batch saves the count of IKVs read with each committed chunk, and on restart
 * {@link #jumpToItem(int)} skips that many without building them.
 */
public class IkvItemReader extends AbstractItemCountingItemStreamItemReader<IkvEenheid> {

    private final Path levering;
    private final int vooruit;
    private final java.util.function.Consumer<java.util.List<IkvEenheid>> vooruitGelezen;
    private final java.util.ArrayDeque<IkvEenheid> buffer = new java.util.ArrayDeque<>();
    private final int van;
    private final int tot;
    private final java.util.function.BiPredicate<nl.lpg.delivery.AdministratieveEenheid, String> eigen;
    private LeveringReader reader;
    private int laatste;
    private nl.lpg.delivery.LeveringIndex index = nl.lpg.delivery.LeveringIndex.GEEN;

    /**
     * Where the IKVs stand in the file (recorded by the control step): the reader then starts at the point before
     * IKV {@code van} instead of passing every IKV before it (issue 10).
     */
    public void setIndex(nl.lpg.delivery.LeveringIndex index) {
        this.index = index == null ? nl.lpg.delivery.LeveringIndex.GEEN : index;
    }

    public IkvItemReader(Path levering) {
        this(levering, 1, l -> { });
    }

    /**
     * Reads {@code vooruit} IKVs at a time and hands each batch to {@code vooruitGelezen} first (to load what the
     * rules will ask of the stand in one query). The saved count is of IKVs handed out, so a restart is exact.
     */
    public IkvItemReader(Path levering, int vooruit,
                         java.util.function.Consumer<java.util.List<IkvEenheid>> vooruitGelezen) {
        this(levering, vooruit, vooruitGelezen, 1, Integer.MAX_VALUE);
    }

    /** As above, for the IKVs with volgnummer {@code van} to {@code tot} (inclusive) only: one partition. */
    public IkvItemReader(Path levering, int vooruit,
                         java.util.function.Consumer<java.util.List<IkvEenheid>> vooruitGelezen, int van, int tot) {
        this(levering, vooruit, vooruitGelezen, van, tot, null);
    }

    /**
     * As above, handing out only the IKVs {@code eigen} accepts by their AE and personeelsnummer (a partition by
     * employee: the stand step); the others are passed without being built. The saved count is of IKVs handed out,
     * so a restart skips exactly those again.
     */
    public IkvItemReader(Path levering, int vooruit,
                         java.util.function.Consumer<java.util.List<IkvEenheid>> vooruitGelezen, int van, int tot,
                         java.util.function.BiPredicate<nl.lpg.delivery.AdministratieveEenheid, String> eigen) {
        this.eigen = eigen;
        this.levering = levering;
        this.vooruit = Math.max(1, vooruit);
        this.vooruitGelezen = vooruitGelezen;
        this.van = Math.max(1, van);
        this.tot = tot;
        setName("ikvReader");
    }

    @Override
    protected IkvEenheid doRead() {
        if (buffer.isEmpty()) {
            java.util.List<IkvEenheid> batch = new java.util.ArrayList<>(vooruit);
            for (IkvEenheid e = null; batch.size() < vooruit && laatste < tot
                    && (e = eigen == null ? reader.volgende() : reader.volgende(eigen, tot)) != null; ) {
                laatste = e.volgnummer();
                batch.add(e);
            }
            if (!batch.isEmpty()) {
                vooruitGelezen.accept(batch);
                buffer.addAll(batch);
            }
        }
        return buffer.poll();
    }

    @Override
    protected void doOpen() {
        reader = LeveringReader.vanaf(levering, index, van);
        laatste = van - 1;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        if (eigen != null) {
            // a filtered partition: its own IKVs are found only by reading them
            for (int gezien = 0; gezien < itemIndex && reader.volgende(eigen, tot) != null; ) {
                gezien++;
            }
            return;
        }
        // a restart: start again at the point before the first IKV not yet committed
        reader.close();
        reader = LeveringReader.vanaf(levering, index, van + itemIndex);
        laatste = van - 1 + itemIndex;
    }

    @Override
    protected void doClose() {
        buffer.clear();
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
