package nl.lpg.batch;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.LeveringReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.nio.file.Path;

/**
 * Hands the job one inkomstenverhouding at a time. Restartable: Spring Batch saves the count of IKVs read with each
 * committed chunk, and on restart {@link #jumpToItem(int)} skips that many without building them.
 */
public class IkvItemReader extends AbstractItemCountingItemStreamItemReader<IkvEenheid> {

    private final Path levering;
    private LeveringReader reader;

    public IkvItemReader(Path levering) {
        this.levering = levering;
        setName("ikvReader");
    }

    @Override
    protected IkvEenheid doRead() {
        return reader.volgende();
    }

    @Override
    protected void doOpen() {
        reader = new LeveringReader(levering);
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        reader.sla(itemIndex);
    }

    @Override
    protected void doClose() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
