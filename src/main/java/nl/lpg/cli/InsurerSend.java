package nl.lpg.cli;

import nl.lpg.insurer.InsurerVerzender;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code insurer-send --endpoint URL [--token-file F]}: posts every pending insurer mutation (outbox) once, with an
 * idempotency key (see {@link InsurerVerzender}). Exit 0 when nothing is left pending (mutations the insurer refused
 * are marked REFUSED), 3 when the insurer could not be reached after the retries (run it again: it resumes with the
 * same keys), 2 for an unusable endpoint or token file. Settings: {@code lpg.insurer.attempts} (5),
 * {@code lpg.insurer.backoff-ms} (1000, doubled per attempt), {@code lpg.insurer.timeout-ms} (30000).
 */
@Command(name = "insurer-send", description = "Post every pending insurer mutation (outbox) once, with an idempotency key.")
class InsurerSend implements Callable<Integer> {

    @Mixin
    GlobalOptions g;
    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The insurer's API, e.g. https://api.example.nl/pensioen/v1: mutations go to URL/mutaties, collective adjustments to URL/mutatiebatches.")
    String endpoint;
    @Option(names = "--token-file", paramLabel = "F", description = "File holding the bearer token for the Authorization header.")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (java.net.URISyntaxException e) {
            throw new OngeldigeOptie("--endpoint " + endpoint + ": not a URL");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new OngeldigeOptie("--endpoint " + endpoint + ": not an http or https URL");
        }
        String token = null;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile).strip();
            } catch (IOException e) {
                throw new OngeldigeOptie("--token-file " + tokenFile + ": cannot read it (" + Foutmelding.eenRegel(e) + ")");
            }
            if (token.isEmpty() || token.contains("\n")) {
                throw new OngeldigeOptie("--token-file " + tokenFile + ": must hold one token on one line");
            }
        }
        int pogingen = Integer.getInteger("lpg.insurer.attempts", 5);
        long backoff = Long.getLong("lpg.insurer.backoff-ms", 1000L);
        Duration timeout = Duration.ofMillis(Long.getLong("lpg.insurer.timeout-ms", 30000L));
        InsurerVerzender.Uitkomst u;
        int geblokkeerd;
        try (Engine e = Engine.start(g, "insurer-send")) {
            JdbcTemplate jdbc = e.bean(JdbcTemplate.class);
            u = new InsurerVerzender(jdbc, uri, token, pogingen, backoff, timeout).verstuur();
            geblokkeerd = jdbc.queryForObject("SELECT COUNT(*) FROM insurer_mutatie WHERE status = 'BLOCKED'",
                    Integer.class);
        }
        String samenvatting = "insurer-send: sent " + u.verzonden() + ", refused " + u.geweigerd() + ", still outbox "
                + u.openstaand() + ", blocked " + geblokkeerd;
        if (u.fout() != null) {
            System.err.println("lpg: " + nl.lpg.support.Privacy.maskeer(samenvatting + "; stopped: " + u.fout()
                    + "; run insurer-send again to resume with the same keys"));
            return ExitCodes.OTHER;
        }
        LpgMain.print("DONE " + samenvatting);
        return ExitCodes.DONE;
    }
}
