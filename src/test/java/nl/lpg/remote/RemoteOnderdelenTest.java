package nl.lpg.remote;

import nl.lpg.cli.LpgMain;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of remote partitioning that need no broker or database: options, the wire format, messages. */
class RemoteOnderdelenTest {

    @Test
    void theBrokerOptionIsCheckedAndShownWithoutItsPassword() {
        Broker b = Broker.van("amqp://lpg:geheim@mq.example:5673/fonds");
        assertThat(b.zonderGeheimen()).isEqualTo("amqp://lpg@mq.example:5673/fonds").doesNotContain("geheim");
        assertThat(b.toString()).doesNotContain("geheim");
        assertThat(Broker.van("amqp://guest:guest@127.0.0.1").zonderGeheimen()).isEqualTo("amqp://guest@127.0.0.1:5672/");
        assertThatThrownBy(() -> Broker.van("http://h:5672")).hasMessageContaining("amqp or amqps");
        assertThatThrownBy(() -> Broker.van("amqp:///vhost")).hasMessageContaining("no host");
        assertThatThrownBy(() -> Broker.van(" ")).hasMessageContaining("amqp://USER:PASS@HOST:PORT");
    }

    @Test
    void aPartitionRequestTravelsAsPersistentJsonAndAnythingElseIsRefused() {
        VerzoekConverter c = new VerzoekConverter();
        Message m = c.toMessage(new StepExecutionRequest("ikvPartitie", 42L), new MessageProperties());
        assertThat(new String(m.getBody(), StandardCharsets.UTF_8)).contains("\"stepName\":\"ikvPartitie\"",
                "\"stepExecutionId\":42");
        assertThat(m.getMessageProperties().getDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
        StepExecutionRequest r = (StepExecutionRequest) c.fromMessage(m);
        assertThat(r.getStepName()).isEqualTo("ikvPartitie");
        assertThat(r.getStepExecutionId()).isEqualTo(42L);
        assertThatThrownBy(() -> c.fromMessage(new Message("{\"stepName\":1}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MessageConversionException.class);
        assertThatThrownBy(() -> c.fromMessage(new Message(new byte[]{(byte) 0xac, (byte) 0xed, 0, 5})))
                .isInstanceOf(MessageConversionException.class); // a serialized Java object: never read
    }

    @Test
    void aFailedPartitionIsReportedByTheFirstLineOfItsReasonWithoutTheExceptionClass() {
        assertThat(ManagerBewaking.reden("java.lang.IllegalStateException: parameters.xlsx differs\n\tat x.y(Z.java:1)"))
                .isEqualTo("parameters.xlsx differs");
        assertThat(ManagerBewaking.reden("worker 1@h refuses partition p: engine version differs"))
                .isEqualTo("worker 1@h refuses partition p: engine version differs");
        assertThat(ManagerBewaking.reden(null)).isEmpty();
    }

    @Test
    void theEngineVersionIsTheSameEachTimeInOneBuild() {
        String v = EngineVersie.waarde();
        assertThat(v).matches("code [0-9a-f]{12}");
        assertThat(nl.lpg.support.Privacy.maskeer(v)).isEqualTo(v); // never taken for an IBAN or BSN in a log line
        assertThat(EngineVersie.bereken()).startsWith(v.substring(5));
    }

    @Test
    void aBrokerNeedsTheSharedDatabaseAndAWellFormedUrl() {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(LpgMain.run("worker", "--broker", "amqp://guest:guest@127.0.0.1:5672")).isEqualTo(2);
            assertThat(LpgMain.run("process", "examples/2026-01-levering-L001.xml", "--broker",
                    "amqp://guest:guest@127.0.0.1:5672")).isEqualTo(2);
            assertThat(LpgMain.run("process", "examples/2026-01-levering-L001.xml", "--db-url",
                    "jdbc:mariadb://127.0.0.1:1/x", "--broker", "rabbit://h")).isEqualTo(2);
            assertThat(LpgMain.run("process", "examples/2026-01-levering-L001.xml", "--partitions", "0")).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("--db-url", "--broker needs --db-url",
                "scheme must be amqp or amqps", "--partitions 0");
    }
}
