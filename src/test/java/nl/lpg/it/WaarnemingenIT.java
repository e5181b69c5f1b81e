package nl.lpg.it;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's observations (issue 10): Spring Batch's per-item observations (a timer per IKV read and processed)
 * are left out; the job, step and chunk observations are still made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaarnemingenIT {

    EngineFixture f;

    @BeforeAll
    void start() {
        f = new EngineFixture("waarnemingen");
    }

    @AfterAll
    void sluit() {
        f.close();
    }

    @Test
    void anItemReadOrProcessedIsNotObservedButJobsStepsAndChunksAre() {
        ObservationRegistry registry = f.context.getBean(ObservationRegistry.class);
        assertThat(Observation.createNotStarted("spring.batch.item.read", registry).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("spring.batch.item.process", registry).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("spring.batch.job", registry).isNoop()).isFalse();
        assertThat(Observation.createNotStarted("spring.batch.step", registry).isNoop()).isFalse();
        assertThat(Observation.createNotStarted("spring.batch.chunk.write", registry).isNoop()).isFalse();
    }
}
