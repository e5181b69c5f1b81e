package nl.lpg.insurer;

import nl.lpg.batch.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code insurer-send}: posts every OUTBOX mutation to the insurer as JSON ({@code docs/insurer-openapi.yaml}), one
 * POST per mutation to {@code ENDPOINT/mutaties}, the members of one collective salary adjustment together as one POST
 * to {@code ENDPOINT/mutatiebatches}. Every POST carries an {@code Idempotency-Key}: a mutation's own key (fixed when
 * it was derived), or a batch key that is stored on its members before the first attempt. A mutation is marked SENT
 * only after a 2xx answer, so a send killed between the POST and that mark posts it again with the same key: the
 * insurer recognises it, and nothing is ever sent twice under two keys. 5xx, 408, 429, a refused or broken connection
 * and a timeout are retried with exponential backoff; another 4xx marks the mutations REFUSED with the insurer's
 * message and they are never posted again. When the retries run out the send stops (the insurer's order per employee
 * is kept) and the rest stays OUTBOX for the next call. There is no return coupling: nothing else is read back.
 * The messages hold the BSN: they are never logged.
 */
public final class InsurerVerzender {

    private static final Logger LOG = LoggerFactory.getLogger(InsurerVerzender.class);

    /** What one call did. */
    public record Uitkomst(int verzonden, int geweigerd, int openstaand, String fout) {
    }

    private final JdbcTemplate jdbc;
    private final URI endpoint;
    private final String token;
    private final int pogingen;
    private final long backoffMs;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param pogingen  attempts per POST before the send stops (at least 1)
     * @param backoffMs the wait before the second attempt; doubled before every next one
     */
    public InsurerVerzender(JdbcTemplate jdbc, URI endpoint, String token, int pogingen, long backoffMs,
                            Duration timeout) {
        this.jdbc = jdbc;
        this.endpoint = endpoint;
        this.token = token;
        this.pogingen = Math.max(1, pogingen);
        this.backoffMs = backoffMs;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** One POST: its key, its members (outbox ids in order) and where it goes. */
    record Zending(String sleutel, String batch, List<Long> ids, List<String> berichten) {
    }

    public Uitkomst verstuur() throws InterruptedException {
        int verzonden = 0;
        int geweigerd = 0;
        for (Zending z : plan()) {
            Resultaat r = post(z);
            if (r.ok()) {
                jdbc.update("UPDATE insurer_mutatie SET status = 'SENT', verzonden = ?, laatste_fout = NULL WHERE id IN ("
                        + in(z.ids()) + ") AND status = 'OUTBOX'", Timestamp.valueOf(LocalDateTime.now()));
                verzonden += z.ids().size();
                LOG.info("insurer-send: {} {} sent ({} mutation(s), HTTP {})", z.batch() == null ? "mutation"
                        : "batch", z.sleutel(), z.ids().size(), r.status());
            } else if (r.definitief()) {
                jdbc.update("UPDATE insurer_mutatie SET status = 'REFUSED', redenen = ?, laatste_fout = ? WHERE id IN ("
                        + in(z.ids()) + ") AND status = 'OUTBOX'", kort(r.melding()), kort(r.melding()));
                geweigerd += z.ids().size();
                LOG.warn("insurer-send: {} {} refused by the insurer (HTTP {})", z.batch() == null ? "mutation"
                        : "batch", z.sleutel(), r.status());
            } else {
                jdbc.update("UPDATE insurer_mutatie SET laatste_fout = ? WHERE id IN (" + in(z.ids()) + ")",
                        kort(r.melding()));
                int open = open();
                return new Uitkomst(verzonden, geweigerd, open, r.melding());
            }
        }
        return new Uitkomst(verzonden, geweigerd, open(), null);
    }

    private int open() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM insurer_mutatie WHERE status = 'OUTBOX'", Integer.class);
    }

    /**
     * The POSTs to make, per employee in the order the mutations were derived (employees by aansluiting and
     * personeelsnummer: the stand step derives them side by side, so the order between employees is not a time
     * order): every OUTBOX mutation alone, except the members of a batch, which go together. A batch key is stored before anything is posted, so a resumed send regroups the
     * same members under the same key; members released later go in a batch of their own.
     */
    private static final String VOLGORDE = "aansluitnummer, personeelsnummer, nummer_ikv, id";

    List<Zending> plan() {
        List<Map<String, Object>> rijen = jdbc.queryForList("SELECT id, sleutel, batch, verzend_sleutel FROM"
                + " insurer_mutatie WHERE status = 'OUTBOX' ORDER BY " + VOLGORDE);
        Map<String, List<Map<String, Object>>> batches = new LinkedHashMap<>();
        for (Map<String, Object> r : rijen) {
            if (r.get("batch") != null && r.get("verzend_sleutel") == null) {
                batches.computeIfAbsent((String) r.get("batch"), k -> new ArrayList<>()).add(r);
            }
        }
        for (var e : batches.entrySet()) {
            StringBuilder leden = new StringBuilder(e.getKey());
            // the members' keys sorted: the same batch gets the same key whatever order the stand step stored them in
            e.getValue().stream().map(r -> String.valueOf(r.get("sleutel"))).sorted()
                    .forEach(k -> leden.append('|').append(k));
            String sleutel = "batch-" + UUID.nameUUIDFromBytes(leden.toString().getBytes(StandardCharsets.UTF_8));
            List<Long> ids = e.getValue().stream().map(r -> ((Number) r.get("id")).longValue()).toList();
            jdbc.update("UPDATE insurer_mutatie SET verzend_sleutel = ? WHERE id IN (" + in(ids)
                    + ") AND verzend_sleutel IS NULL", sleutel);
        }
        List<Map<String, Object>> alle = jdbc.queryForList("SELECT id, sleutel, batch, COALESCE(verzend_sleutel,"
                + " sleutel) zend, bericht FROM insurer_mutatie WHERE status = 'OUTBOX' ORDER BY " + VOLGORDE);
        Map<String, Zending> zendingen = new LinkedHashMap<>();
        for (Map<String, Object> r : alle) {
            String zend = (String) r.get("zend");
            String batch = zend.equals(r.get("sleutel")) ? null : (String) r.get("batch");
            Zending z = zendingen.computeIfAbsent(zend, k -> new Zending(k, batch, new ArrayList<>(), new ArrayList<>()));
            z.ids().add(((Number) r.get("id")).longValue());
            z.berichten().add((String) r.get("bericht"));
        }
        return new ArrayList<>(zendingen.values());
    }

    record Resultaat(boolean ok, boolean definitief, int status, String melding) {
    }

    private Resultaat post(Zending z) throws InterruptedException {
        String body;
        URI uri;
        if (z.batch() == null) {
            body = z.berichten().get(0);
            uri = pad("mutaties");
        } else {
            body = Json.write(InsurerBericht.batch(z.sleutel(), z.batch(), z.berichten()));
            uri = pad("mutatiebatches");
        }
        Resultaat laatste = null;
        for (int poging = 1; poging <= pogingen; poging++) {
            if (poging > 1) {
                Thread.sleep(backoffMs << Math.min(poging - 2, 16));
            }
            jdbc.update("UPDATE insurer_mutatie SET pogingen = pogingen + 1 WHERE id IN (" + in(z.ids()) + ")");
            HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Idempotency-Key", z.sleutel())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (token != null) {
                rb.header("Authorization", "Bearer " + token);
            }
            try {
                HttpResponse<String> resp = http.send(rb.build(), HttpResponse.BodyHandlers.ofString());
                int s = resp.statusCode();
                if (s >= 200 && s < 300) {
                    return new Resultaat(true, false, s, null);
                }
                String melding = "HTTP " + s + ": " + melding(resp.body());
                if (s >= 400 && s < 500 && s != 408 && s != 429) {
                    return new Resultaat(false, true, s, melding);
                }
                laatste = new Resultaat(false, false, s, melding);
            } catch (HttpTimeoutException e) {
                laatste = new Resultaat(false, false, 0, "no answer within " + timeout.toMillis() + " ms");
            } catch (ConnectException e) {
                laatste = new Resultaat(false, false, 0, "connection refused by " + endpoint.getHost() + ":"
                        + endpoint.getPort());
            } catch (IOException e) {
                laatste = new Resultaat(false, false, 0, "connection failed: " + e.getClass().getSimpleName());
            }
            LOG.warn("insurer-send: attempt {} of {} for {} failed ({})", poging, pogingen, z.sleutel(),
                    laatste.melding());
        }
        return laatste;
    }

    private URI pad(String naam) {
        String base = endpoint.toString();
        return URI.create(base.endsWith("/") ? base + naam : base + "/" + naam);
    }

    /** The insurer's message: the {@code message}, {@code melding} or {@code detail} of a JSON answer, or the text. */
    static String melding(String body) {
        if (body == null || body.isBlank()) {
            return "(no message)";
        }
        try {
            var n = Json.MAPPER.readTree(body);
            for (String veld : List.of("message", "melding", "detail", "title")) {
                if (n.has(veld) && n.get(veld).isString()) {
                    return n.get(veld).asString();
                }
            }
        } catch (RuntimeException e) {
            // not JSON: the text itself
        }
        return body.strip();
    }

    private static String in(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static String kort(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
