package nl.lpg.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/lpg serve} as operations run it (issue 13): a job declared in YAML with a schedule of every few seconds
 * takes two deliveries from the inbox in arrival order, runs each as its own command, moves each file by its exit
 * code, and the health and metrics endpoints on loopback count them. A bad declaration is refused at start.
 */
class ServeIT {

    @TempDir
    Path tmp;

    @Test
    void deliveriesDroppedInTheInboxAreProcessedInArrivalOrderMovedAndCounted() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path jobs = Files.createDirectories(tmp.resolve("jobs"));
        Files.writeString(jobs.resolve("test.yaml"), """
                jobs:
                  - name: inbox-verwerken
                    description: every delivery in the inbox, oldest first
                    schedule: "*/5 * * * * *"
                    command: process
                    inputs:
                      leveringen: %1$s/inbox/*.xml
                    options: ["--data", "%1$s/data", "--out", "%1$s/out", "--parameters", "%2$s", "--peildatum", "2026-03-15"]
                    on-exit:
                      "0": {move-to: %1$s/verwerkt}
                      "1": {move-to: %1$s/geweigerd}
                      "2": {move-to: %1$s/onbruikbaar}
                      "3": leave
                """.formatted(tmp, EngineFixture.PARAMETERS.toAbsolutePath()));
        int port = vrijePoort();
        try (EngineProces serve = EngineProces.start("serve", "--port", String.valueOf(port), "--jobs", jobs.toString())) {
            assertThat(serve.wachtOp(l -> l.contains("Serving 1 job(s)"), 120)).as(serve.staart()).isTrue();
            assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"");

            // February arrives after January although its name sorts first: arrival order, not name order.
            Path feb = Files.copy(EngineFixture.EXAMPLES.resolve("2026-02-levering-L001.xml"), inbox.resolve("a-feb.xml"));
            Path jan = Files.copy(EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml"), inbox.resolve("b-jan.xml"));
            Files.setLastModifiedTime(jan, FileTime.from(Instant.now().minusSeconds(60)));
            Files.setLastModifiedTime(feb, FileTime.from(Instant.now().minusSeconds(30)));

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline && lijst(tmp.resolve("verwerkt")).size() < 2) {
                Thread.sleep(500);
            }
            assertThat(lijst(tmp.resolve("verwerkt"))).as(serve.staart()).containsExactly("a-feb.xml", "b-jan.xml");
            assertThat(lijst(inbox)).isEmpty();
            List<String> volgorde = serve.stdout.stream().filter(l -> l.contains("moved to")).toList();
            assertThat(volgorde).hasSize(2);
            assertThat(volgorde.get(0)).contains("b-jan.xml");
            assertThat(volgorde.get(1)).contains("a-feb.xml");

            assertThat(get(port, "/actuator/metrics/lpg.runs")).contains("\"value\":2.0");
            assertThat(get(port, "/actuator/metrics/lpg.ikvs")).containsPattern("\"value\":[1-9]");
            assertThat(get(port, "/actuator/metrics/lpg.signals")).contains("ONVERWERKBAAR");
            assertThat(get(port, "/actuator/metrics/lpg.run.duration")).contains("TOTAL_TIME");
            serve.process.destroy(); // SIGTERM: stops cleanly
            assertThat(serve.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aBadCronExpressionOrAnUnknownCommandIsRefusedAtStartWithExit2() throws Exception {
        Path jobs = Files.createDirectories(tmp.resolve("slecht"));
        Files.writeString(jobs.resolve("slecht.yaml"), """
                jobs:
                  - name: verkeerd-schema
                    schedule: "61 25 * * *"
                    command: premium-run
                  - name: onbekend
                    schedule: "0 2 * * *"
                    command: wipe-everything
                """);
        try (EngineProces serve = EngineProces.start("serve", "--port", String.valueOf(vrijePoort()), "--jobs",
                jobs.toString())) {
            assertThat(serve.wacht(120)).isEqualTo(2);
            assertThat(serve.stderr).hasSize(1);
            assertThat(serve.stderr.get(0)).startsWith("lpg: ")
                    .contains("slecht.yaml: job 'verkeerd-schema': schedule '61 25 * * *' is not a cron expression")
                    .contains("job 'onbekend': unknown command 'wipe-everything'");
        }
    }

    private static List<String> lijst(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String get(int port, String pad) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(pad + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
