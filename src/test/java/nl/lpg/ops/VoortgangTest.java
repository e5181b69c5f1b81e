package nl.lpg.ops;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress of a long step: count, rate and time left; a bar on a terminal; partitions add up to one line. */
class VoortgangTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Voortgang voortgang() {
        return new Voortgang("IKVs", se -> 200, "ikvReader", 0, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Chunk<Object> chunk(int n) {
        return new Chunk<>(Collections.nCopies(n, new Object()));
    }

    @Test
    void aLineSaysCountTotalRateAndTimeLeft() {
        Voortgang v = voortgang();
        v.beforeStep(MetaDataInstanceFactory.createStepExecution("ikvVerwerking", 1L));
        v.afterWrite(chunk(50));
        assertThat(v.regel(System.nanoTime())).startsWith("ikvVerwerking: 50 of 200 IKVs, ").contains("/s")
                .contains("s left");
    }

    @Test
    void theBarShowsThePartDone() {
        Voortgang v = voortgang();
        v.beforeStep(MetaDataInstanceFactory.createStepExecution("ikvVerwerking", 1L));
        v.afterWrite(chunk(100));
        assertThat(v.balk(System.nanoTime())).startsWith("[" + "#".repeat(15) + " ".repeat(15) + "]  50% ");
    }

    @Test
    void partitionsAddUpToOneCountIncludingWhereTheyResumed() {
        Voortgang v = voortgang();
        v.beforeStep(MetaDataInstanceFactory.createStepExecution("ikvVerwerking", 1L));
        var p1 = MetaDataInstanceFactory.createStepExecution("ikvPartitie:partitie0", 2L);
        p1.getExecutionContext().putLong("ikvReader.read.count", 30);
        var p2 = MetaDataInstanceFactory.createStepExecution("ikvPartitie:partitie1", 3L);
        Object listener = v.partities();
        ((org.springframework.batch.core.listener.StepExecutionListener) listener).beforeStep(p1);
        ((org.springframework.batch.core.listener.StepExecutionListener) listener).beforeStep(p2);
        @SuppressWarnings("unchecked")
        var schrijver = (org.springframework.batch.core.listener.ItemWriteListener<Object>) listener;
        schrijver.afterWrite(chunk(20));
        schrijver.afterWrite(chunk(10));
        assertThat(v.regel(System.nanoTime())).startsWith("ikvVerwerking: 60 of 200 IKVs");
    }
}
