package nl.lpg.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.lpg.batch.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code insurer-send} against a real HTTP server on 127.0.0.1 (the JDK's HttpServer), the engine as a user starts it
 * (a JVM of its own on the test database). The outbox comes from the demo employer coupled to a.s.r. (A7100,
 * examples/*-L003*.xml): a collective adjustment of four employees (one batch), five single mutations, two BLOCKED
 * and three portal items. Asserted: the exact requests, the retries with the same key, the insurer's refusal, the same
 * keys after a real kill of the sending JVM, nothing sent twice under two keys, a second call sends nothing, and
 * nothing portal-only or BLOCKED is ever sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsurerSendIT {

    @TempDir
    static Path out;
    @TempDir
    static Path werk;
    EngineFixture f;
    HttpServer server;
    String endpoint;
    Path token;

    record Verzoek(String methode, String pad, String sleutel, String autorisatie, String inhoud) {
    }

    /** What the server answers: a status and body, or nothing at all (the connection is closed). */
    record Antwoord(int status, String inhoud) {
        static final Antwoord GEEN = new Antwoord(-1, null);
    }

    final List<Verzoek> verzoeken = Collections.synchronizedList(new ArrayList<>());
    volatile Function<Verzoek, Antwoord> gedrag = v -> new Antwoord(201, "");
    volatile CountDownLatch vasthouden;
    volatile CountDownLatch ontvangen;
    /** With {@link #vasthouden} set: the index in {@link #verzoeken} from which requests are held. */
    volatile int houdVanaf;

    @BeforeAll
    void start() throws Exception {
        f = new EngineFixture("insurersend");
        for (String l : List.of("2025-12-levering-L003.xml", "2026-01-levering-L003.xml",
                "2026-02-levering-L003-volgnummer-1.xml", "2026-02-levering-L003-volgnummer-2.xml")) {
            assertThat(f.verwerk(EngineFixture.EXAMPLES.resolve(l), out).status().toString()).isEqualTo("COMPLETED");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::behandel);
        server.start();
        endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/asr/v1";
        token = werk.resolve("token");
        Files.writeString(token, "geheim-token-123\n");
    }

    private void behandel(HttpExchange x) throws IOException {
        Verzoek v = new Verzoek(x.getRequestMethod(), x.getRequestURI().getPath(),
                x.getRequestHeaders().getFirst("Idempotency-Key"), x.getRequestHeaders().getFirst("Authorization"),
                new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        int index;
        synchronized (verzoeken) {
            verzoeken.add(v);
            index = verzoeken.size() - 1;
        }
        CountDownLatch houd = vasthouden;
        if (houd != null && index >= houdVanaf) {
            ontvangen.countDown();
            try {
                houd.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Antwoord a = gedrag.apply(v);
        try {
            if (a.status() < 0) {
                x.close(); // no answer at all: the client sees a broken connection
                return;
            }
            byte[] b = a.inhoud() == null ? new byte[0] : a.inhoud().getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(a.status(), b.length == 0 ? -1 : b.length);
            try (OutputStream os = x.getResponseBody()) {
                os.write(b);
            }
        } catch (IOException e) {
            // the client is gone (killed): nothing to answer
        } finally {
            x.close();
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (f != null) {
            f.close();
        }
    }

    private EngineProces send(String... jvm) throws IOException {
        List<String> opties = new ArrayList<>(List.of("-Dlpg.insurer.backoff-ms=20", "-Dlpg.insurer.timeout-ms=20000"));
        opties.addAll(List.of(jvm));
        return EngineProces.start(opties, "insurer-send", "--endpoint", endpoint, "--token-file", token.toString(),
                "--db-url", f.url);
    }

    private Map<String, String> statusPerSoort() {
        // per employee in the order derived; employees side by side (the stand step's partitions run in parallel)
        return f.jdbc.query("SELECT personeelsnummer, soort, ingangsdatum, status FROM insurer_mutatie"
                        + " ORDER BY personeelsnummer, id",
                (rs, i) -> new String[]{rs.getString(1).replaceFirst("^0+", "") + " " + rs.getString(2) + " "
                        + rs.getString(3), rs.getString(4)}).stream()
                .collect(Collectors.toMap(a -> a[0], a -> a[1], (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    @Order(1)
    @DisplayName("the outbox: a batch of four, five single mutations, two BLOCKED; portal work in its own table")
    void deOutbox() {
        assertThat(statusPerSoort()).containsExactly(
                Map.entry("710 SALARIS 2026-01-01", "OUTBOX"), Map.entry("710 SALARIS 2026-02-01", "OUTBOX"),
                Map.entry("711 SALARIS_DEELTIJD 2026-01-01", "OUTBOX"),
                Map.entry("712 SALARIS 2026-01-01", "OUTBOX"), Map.entry("712 DEELTIJD 2026-02-01", "OUTBOX"),
                Map.entry("713 SALARIS 2026-01-01", "BLOCKED"), Map.entry("713 DEELTIJD 2026-02-01", "BLOCKED"),
                Map.entry("714 SALARIS 2026-01-01", "OUTBOX"), Map.entry("714 UITDIENST 2026-01-31", "OUTBOX"),
                Map.entry("714 RETRO 2026-01-01", "OUTBOX"), Map.entry("715 INDIENST 2026-02-01", "OUTBOX"));
        assertThat(f.count("SELECT COUNT(*) FROM insurer_portaal")).isEqualTo(3);
        // a later mutation of an employee with a BLOCKED one waits for it, with its own reasons too
        assertThat(f.jdbc.queryForObject("SELECT redenen FROM insurer_mutatie WHERE soort = 'DEELTIJD'"
                + " AND personeelsnummer = '000000000000713'", String.class)).isEqualTo("e-mailadres ontbreekt"
                + " (KoppelingDeelnemers); nationaliteit ontbreekt (KoppelingDeelnemers); ingangsdatum van de relatie"
                + " ontbreekt bij burgerlijke staat SAMENWONEND (levering: datumBurgerlijkeStaat); wacht op de eerdere"
                + " geblokkeerde mutatie SALARIS 2026-01-01 van deze werknemer");
    }

    @Test
    @Order(2)
    @DisplayName("an insurer that answers 503 three times: three attempts with the same key, exit 3, everything still OUTBOX")
    void overbelast() throws Exception {
        gedrag = v -> new Antwoord(503, "{\"message\":\"onderhoud\"}");
        try (EngineProces p = send("-Dlpg.insurer.attempts=3")) {
            assertThat(p.wacht(120)).as(p.alles()).isEqualTo(3);
            assertThat(p.stderr).anySatisfy(l -> assertThat(l).startsWith("lpg: insurer-send: sent 0, refused 0,"
                    + " still outbox 9, blocked 2; stopped: HTTP 503: onderhoud; run insurer-send again"));
        }
        assertThat(verzoeken).hasSize(3);
        assertThat(verzoeken.stream().map(Verzoek::sleutel).distinct().toList()).hasSize(1);
        assertThat(verzoeken.get(0).pad()).isEqualTo("/asr/v1/mutatiebatches");
        assertThat(f.count("SELECT COUNT(*) FROM insurer_mutatie WHERE status = 'OUTBOX'")).isEqualTo(9);
        assertThat(f.count("SELECT MAX(pogingen) FROM insurer_mutatie")).isEqualTo(3);
    }

    @Test
    @Order(3)
    @DisplayName("killed while the insurer holds the second POST: the next send posts it again with the same key, then the rest")
    void killMiddenInVerzending() throws Exception {
        String batchSleutel = laatsteVerzoeken.get(0).sleutel();
        gedrag = v -> new Antwoord(201, "");
        Function<Verzoek, Antwoord> normaal = gedrag;
        // the first POST (the batch) is answered; the second is held until the sending JVM is dead
        ontvangen = new CountDownLatch(1);
        CountDownLatch houd = new CountDownLatch(1);
        houdVanaf = 1;
        vasthouden = houd;
        try (EngineProces p = send()) {
            assertThat(ontvangen.await(90, TimeUnit.SECONDS)).as(p.alles()).isTrue();
            p.kill9();
        } finally {
            vasthouden = null;
            houd.countDown();
        }
        assertThat(verzoeken).hasSize(2);
        assertThat(verzoeken.get(0).sleutel()).isEqualTo(batchSleutel);
        Verzoek onderbroken = verzoeken.get(1);
        assertThat(f.count("SELECT COUNT(*) FROM insurer_mutatie WHERE status = 'SENT'")).isEqualTo(4);

        // the resumed send: the held mutation again with the same key; the 712 DEELTIJD is refused (422); the INDIENST's
        // first connection is dropped without an answer and retried
        neem();
        String deeltijd = f.jdbc.queryForObject("SELECT sleutel FROM insurer_mutatie WHERE soort = 'DEELTIJD'"
                + " AND status = 'OUTBOX'", String.class);
        String indienst = f.jdbc.queryForObject("SELECT sleutel FROM insurer_mutatie WHERE soort = 'INDIENST'",
                String.class);
        Set<String> verbroken = Collections.synchronizedSet(new TreeSet<>());
        gedrag = v -> v.sleutel().equals(deeltijd) ? new Antwoord(422, "{\"message\":\"Polisnummer ASR-0071201 is"
                + " niet bekend bij dit contract\"}") : v.sleutel().equals(indienst) && verbroken.add(v.sleutel())
                ? Antwoord.GEEN : normaal.apply(v);
        try (EngineProces p = send()) {
            assertThat(p.wacht(120)).as(p.alles()).isZero();
            assertThat(p.stdout).anySatisfy(l -> assertThat(l).isEqualTo(
                    "DONE insurer-send: sent 4, refused 1, still outbox 0, blocked 2"));
            // BSNs go to the insurer, never to the log
            for (String bsn : List.of("200000111", "200000123", "200000135", "200000147", "200000159", "200000160")) {
                assertThat(p.alles()).doesNotContain(bsn);
            }
        }
        assertThat(verzoeken.get(0).sleutel()).isEqualTo(onderbroken.sleutel());
        assertThat(verzoeken.get(0).inhoud()).isEqualTo(onderbroken.inhoud());
        // 5 mutations, the INDIENST twice (connection dropped, then answered) under one key
        assertThat(verzoeken).hasSize(6);
        assertThat(verzoeken.stream().map(Verzoek::sleutel).distinct().count()).isEqualTo(5);
        assertThat(verzoeken.stream().filter(v -> v.sleutel().equals(indienst)).count()).isEqualTo(2);
        assertThat(statusPerSoort()).containsEntry("712 DEELTIJD 2026-02-01", "REFUSED")
                .containsEntry("713 SALARIS 2026-01-01", "BLOCKED")
                .containsEntry("715 INDIENST 2026-02-01", "SENT").containsEntry("714 RETRO 2026-01-01", "SENT");
        assertThat(f.jdbc.queryForObject("SELECT redenen FROM insurer_mutatie WHERE soort = 'DEELTIJD'"
                + " AND status = 'REFUSED'", String.class))
                .isEqualTo("HTTP 422: Polisnummer ASR-0071201 is niet bekend bij dit contract");
    }

    @Test
    @Order(4)
    @DisplayName("a second call sends nothing")
    void tweedeKeerNiets() throws Exception {
        gedrag = v -> new Antwoord(201, "");
        try (EngineProces p = send()) {
            assertThat(p.wacht(120)).as(p.alles()).isZero();
            assertThat(p.stdout).contains("DONE insurer-send: sent 0, refused 0, still outbox 0, blocked 2");
        }
        assertThat(verzoeken).isEmpty();
    }

    @Test
    @Order(5)
    @DisplayName("every request over all calls: exact headers and paths, the RETRO's exact body, the batch's members; nothing portal-only or BLOCKED")
    void exacteVerzoeken() throws Exception {
        // every mutation that could go is SENT or REFUSED; a single one went under its own key, a batch member under
        // the batch's
        List<Map<String, Object>> rijen = f.jdbc.queryForList("SELECT sleutel, COALESCE(verzend_sleutel, sleutel)"
                + " zend, soort, status, bericht FROM insurer_mutatie ORDER BY id");
        assertThat(rijen.stream().map(r -> (String) r.get("status")).toList()).containsOnly("SENT", "REFUSED",
                "BLOCKED");
        Set<String> gepost = laatsteVerzoeken.stream().map(Verzoek::sleutel).collect(Collectors.toSet());
        assertThat(rijen).allSatisfy(r -> assertThat(gepost.contains((String) r.get("zend")))
                .isEqualTo(!"BLOCKED".equals(r.get("status"))));
        String retro = (String) rijen.stream().filter(r -> "RETRO".equals(r.get("soort"))).findFirst().orElseThrow()
                .get("sleutel");
        String verwacht = "{\"mutatieId\":\"" + retro + "\",\"soortMutatie\":\"RETRO\",\"ingangsdatum\":\"2026-01-01\","
                + "\"werkgever\":{\"kvkNummer\":\"12345678\",\"aansluitnummer\":\"A7100\",\"niveau\":\"BEDRIJF\"},"
                + "\"regeling\":{\"contractnummer\":\"1013301\",\"regelingnummer\":\"01\"},"
                + "\"regelingNp\":{\"contractnummer\":\"1013301\",\"regelingnummer\":\"01\"},"
                + "\"werknemer\":{\"polisnummer\":\"ASR-0071401\",\"personeelsnummer\":\"000000000000714\","
                + "\"nummerInkomstenverhouding\":\"1\",\"bsn\":\"200000159\",\"voorletters\":\"T\","
                + "\"achternaam\":\"Dekker\",\"geboortedatum\":\"1979-04-04\",\"geslacht\":\"M\","
                + "\"nationaliteit\":\"Belgische\",\"email\":\"t.dekker@example.nl\"},"
                + "\"oud\":{\"salaris\":51500.00,\"deeltijdfactor\":1.0000},"
                + "\"nieuw\":{\"salaris\":52000.00,\"deeltijdfactor\":1.0000}}";
        assertThat(rijen.stream().filter(r -> retro.equals(r.get("sleutel"))).findFirst().orElseThrow().get("bericht"))
                .isEqualTo(verwacht);
        Verzoek r = laatsteVerzoeken.stream().filter(v -> retro.equals(v.sleutel())).findFirst().orElseThrow();
        assertThat(r.methode()).isEqualTo("POST");
        assertThat(r.pad()).isEqualTo("/asr/v1/mutaties");
        assertThat(r.autorisatie()).isEqualTo("Bearer geheim-token-123");
        assertThat(r.inhoud()).isEqualTo(verwacht);
        // the batch: the collective adjustment of 1 January, the four complete employees in the order derived
        Verzoek batch = laatsteVerzoeken.stream().filter(v -> v.pad().endsWith("/mutatiebatches")).findFirst()
                .orElseThrow();
        var b = Json.MAPPER.readTree(batch.inhoud());
        assertThat(b.get("batchId").asString()).isEqualTo(batch.sleutel()).startsWith("batch-");
        assertThat(b.get("batch").asString()).isEqualTo("COLLECTIEF-A7100-2026-01-01");
        List<String> leden = new ArrayList<>();
        b.get("mutaties").forEach(m -> leden.add(m.get("werknemer").get("personeelsnummer").asString().substring(12)
                + " " + m.get("soortMutatie").asString()));
        assertThat(leden).containsExactly("710 SALARIS", "711 SALARIS_DEELTIJD", "712 SALARIS", "714 SALARIS");
        // the members' decimals as stored: salary with 2 decimals, deeltijdfactor with 4
        assertThat(batch.inhoud()).contains("\"oud\":{\"salaris\":40000.00,\"deeltijdfactor\":0.8000},"
                + "\"nieuw\":{\"salaris\":41200.00,\"deeltijdfactor\":0.9000}");
        // the INDIENST carries what enrolment needs: address (and burgerlijke staat when delivered)
        assertThat(laatsteVerzoeken.stream().filter(v -> v.inhoud().contains("\"INDIENST\"")).findFirst()
                .orElseThrow().inhoud()).contains("\"adres\":{\"land\":\"NL\",\"postcode\":\"3511AB\"");
        // never sent: the BLOCKED 713, and the portal's address, burgerlijke staat and NP deelname
        assertThat(laatsteVerzoeken).allSatisfy(v -> {
            assertThat(v.pad()).isIn("/asr/v1/mutaties", "/asr/v1/mutatiebatches");
            assertThat(v.inhoud()).doesNotContain("000000000000713", "Antwerpen", "GEHUWD", "burgerlijkeStaat",
                    "NP_DEELNAME", "ADRES", "BURGERLIJKE_STAAT", "PARTNER");
        });
    }

    /** Every request of tests 2 to 4, kept for test 5. */
    final List<Verzoek> laatsteVerzoeken = Collections.synchronizedList(new ArrayList<>());

    /** Moves the requests so far to {@link #laatsteVerzoeken}. */
    private void neem() {
        synchronized (verzoeken) {
            laatsteVerzoeken.addAll(verzoeken);
            verzoeken.clear();
        }
    }

    @org.junit.jupiter.api.AfterEach
    void bewaar() {
        neem();
    }
}
