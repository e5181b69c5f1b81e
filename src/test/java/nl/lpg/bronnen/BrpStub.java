package nl.lpg.bronnen;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local stand-in for the Haal Centraal BRP API Personen on 127.0.0.1, answering {@code POST /personen} with type
 * RaadpleegMetBurgerservicenummer as the published OpenAPI specification does: 200 with {@code {"type":
 * "RaadpleegMetBurgerservicenummer", "personen": [...]}} holding only the persons it knows (restricted to the requested
 * fields' top-level groups), 400 problem+json for more than 20 BSNs or a missing fields list, 401 without the API key.
 * Scripted failures ({@link #storing}) answer 503 or stay silent past the client's timeout first.
 */
public final class BrpStub implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, ObjectNode> personen = new LinkedHashMap<>();
    private final Deque<String> storingen = new ArrayDeque<>();
    private final String apiKey;
    /** Every request body received, for assertions. */
    public final List<JsonNode> vragen = Collections.synchronizedList(new ArrayList<>());
    public final List<String> paden = Collections.synchronizedList(new ArrayList<>());

    public BrpStub(String apiKey) throws IOException {
        this.apiKey = apiKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::behandel);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
    }

    /** The API's base URL (the engine adds /personen). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/haalcentraal/api/brp";
    }

    /** A person as the API returns it (a full Persoon; the stub keeps the requested top-level fields). */
    public BrpStub persoon(String bsn, String geboortedatum, String geslacht, String voorletters, String voorvoegsel,
                           String geslachtsnaam, String postcode, Integer huisnummer) {
        ObjectNode p = JSON.createObjectNode();
        p.put("burgerservicenummer", bsn);
        ObjectNode datum = p.putObject("geboorte").putObject("datum");
        if (geboortedatum == null) {
            datum.put("type", "DatumOnbekend").put("onbekend", true).put("langFormaat", "onbekend");
        } else if (geboortedatum.endsWith("-00-00")) {
            datum.put("type", "JaarDatum").put("jaar", Integer.parseInt(geboortedatum.substring(0, 4)))
                    .put("langFormaat", geboortedatum.substring(0, 4));
        } else if (geboortedatum.endsWith("-00")) {
            datum.put("type", "JaarMaandDatum").put("jaar", Integer.parseInt(geboortedatum.substring(0, 4)))
                    .put("maand", Integer.parseInt(geboortedatum.substring(5, 7))).put("langFormaat", geboortedatum);
        } else {
            datum.put("type", "Datum").put("datum", geboortedatum).put("langFormaat", geboortedatum);
        }
        if (geslacht != null) {
            p.putObject("geslacht").put("code", geslacht).put("omschrijving", geslacht.equals("V") ? "vrouw" : "man");
        }
        ObjectNode naam = p.putObject("naam");
        if (voorletters != null) {
            naam.put("voorletters", voorletters);
        }
        if (voorvoegsel != null) {
            naam.put("voorvoegsel", voorvoegsel);
        }
        naam.put("geslachtsnaam", geslachtsnaam);
        if (postcode != null) {
            ObjectNode vp = p.putObject("verblijfplaats");
            vp.put("type", "Adres");
            vp.putObject("verblijfadres").put("postcode", postcode).put("huisnummer", huisnummer)
                    .put("officieleStraatnaam", "Dorpsstraat").put("woonplaats", "Utrecht");
        }
        personen.put(bsn, p);
        return this;
    }

    /** A partner of a known person. */
    public BrpStub partner(String bsn, String voorletters, String voorvoegsel, String geslachtsnaam) {
        ObjectNode n = ((ArrayNode) personen.get(bsn).withArray("partners")).addObject().putObject("naam");
        n.put("voorletters", voorletters).put("geslachtsnaam", geslachtsnaam);
        if (voorvoegsel != null) {
            n.put("voorvoegsel", voorvoegsel);
        }
        return this;
    }

    /** The next requests fail: "503" answers Service Unavailable, "stil" answers only after 3 seconds. */
    public BrpStub storing(String... soorten) {
        storingen.addAll(List.of(soorten));
        return this;
    }

    private void behandel(HttpExchange x) throws IOException {
        paden.add(x.getRequestURI().toString());
        byte[] in = x.getRequestBody().readAllBytes();
        String storing;
        synchronized (storingen) {
            storing = storingen.poll();
        }
        if ("stil".equals(storing)) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stuur(x, 200, "application/json", "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[]}");
            return;
        }
        if ("503".equals(storing)) {
            stuur(x, 503, "application/problem+json", fout(503, "Bronservice BRP is tijdelijk niet beschikbaar.",
                    "notAvailable"));
            return;
        }
        if (!"POST".equals(x.getRequestMethod()) || !x.getRequestURI().getPath().endsWith("/personen")) {
            stuur(x, 404, "application/problem+json", fout(404, "Opgevraagde resource bestaat niet.", "notFound"));
            return;
        }
        if (apiKey != null && !apiKey.equals(x.getRequestHeaders().getFirst("X-API-KEY"))) {
            stuur(x, 401, "application/problem+json", fout(401, "Niet correct geauthenticeerd.", "authentication"));
            return;
        }
        JsonNode vraag = JSON.readTree(new String(in, StandardCharsets.UTF_8));
        vragen.add(vraag);
        JsonNode bsns = vraag.path("burgerservicenummer");
        if (!"RaadpleegMetBurgerservicenummer".equals(vraag.path("type").asString()) || !bsns.isArray()
                || bsns.size() < 1 || bsns.size() > 20 || !vraag.path("fields").isArray()
                || vraag.path("fields").size() < 1) {
            stuur(x, 400, "application/problem+json", fout(400, "Een of meerdere parameters zijn niet correct.",
                    "paramsValidation"));
            return;
        }
        List<String> groepen = new ArrayList<>();
        vraag.path("fields").forEach(f -> groepen.add(f.asString().split("\\.")[0]));
        ObjectNode antwoord = JSON.createObjectNode();
        antwoord.put("type", "RaadpleegMetBurgerservicenummer");
        ArrayNode lijst = antwoord.putArray("personen");
        for (JsonNode b : bsns) {
            ObjectNode p = personen.get(b.asString());
            if (p != null) {
                ObjectNode uit = lijst.addObject();
                p.properties().forEach(e -> {
                    if (groepen.contains(e.getKey())) {
                        uit.set(e.getKey(), e.getValue());
                    }
                });
            }
        }
        stuur(x, 200, "application/json; charset=utf-8", JSON.writeValueAsString(antwoord));
    }

    private static String fout(int status, String titel, String code) {
        return "{\"type\":\"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html\",\"title\":\"" + titel
                + "\",\"status\":" + status + ",\"instance\":\"/haalcentraal/api/brp/personen\",\"code\":\"" + code
                + "\"}";
    }

    private static void stuur(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        try {
            x.sendResponseHeaders(status, b.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(b);
            }
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        } finally {
            x.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
