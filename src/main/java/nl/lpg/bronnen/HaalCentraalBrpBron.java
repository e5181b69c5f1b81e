package nl.lpg.bronnen;

import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.extern.BrpDatum;
import nl.lpg.rules.extern.BrpNietBereikbaar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The BRP over the Haal Centraal "BRP API Personen" (BRP Personen Bevragen v2): {@code POST {url}/personen} with
 * {@code type RaadpleegMetBurgerservicenummer}, at most 20 BSNs per request (the API's maximum) and a {@code fields}
 * selection of what the rules compare; the API key in the {@code X-API-KEY} header (mutual TLS, where asked, through
 * the JVM's key store: {@code -Djavax.net.ssl.keyStore=...}). BSNs travel only in the request body, never in a URL;
 * neither a BSN nor a response body reaches a log line or an error.
 * <p>
 * A transient failure (HTTP 429, 500, 502, 503, 504, a refused connection, a timeout) is tried again after a pause that
 * doubles each time; when the attempts are spent, {@link BrpNietBereikbaar} stops the run (exit 3), and the same command
 * resumes it later. Any other answer (400, 401, 403, ...) stops the run at once: asking again would not help.
 */
public class HaalCentraalBrpBron implements BrpBron {

    private static final Logger log = LoggerFactory.getLogger(HaalCentraalBrpBron.class);

    /** The API's maximum number of BSNs in one RaadpleegMetBurgerservicenummer. */
    public static final int MAX_PER_VRAAG = 20;

    /** What the rules compare (BR61, BR64, BR191, BR192), as Haal Centraal field paths. */
    public static final List<String> FIELDS = List.of("burgerservicenummer", "geboorte.datum", "overlijden.datum",
            "geslacht", "naam.voorletters", "naam.voorvoegsel", "naam.geslachtsnaam", "partners.naam.voorletters",
            "partners.naam.voorvoegsel", "partners.naam.geslachtsnaam", "verblijfplaats.verblijfadres.postcode",
            "verblijfplaats.verblijfadres.huisnummer");

    private static final Set<Integer> TIJDELIJK = Set.of(429, 500, 502, 503, 504);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Settings: the API's base URL (".../personen" is added unless present), key, timeout, attempts, first pause. */
    public record Instellingen(URI url, String apiKey, Duration timeout, int pogingen, Duration pauze) {
        public Instellingen {
            if (pogingen < 1) {
                throw new IllegalArgumentException("pogingen < 1");
            }
        }

        public static Instellingen standaard(String url, String apiKey) {
            return new Instellingen(URI.create(url), apiKey, Duration.ofSeconds(10), 4, Duration.ofMillis(500));
        }

        URI personen() {
            String u = url.toString();
            return u.replaceAll("/+$", "").endsWith("/personen") ? url
                    : URI.create(u.replaceAll("/+$", "") + "/personen");
        }

        /** Scheme, host and path, for messages: no user info or query. */
        String plaats() {
            URI p = personen();
            return p.getScheme() + "://" + p.getHost() + (p.getPort() < 0 ? "" : ":" + p.getPort()) + p.getPath();
        }
    }

    private final Instellingen instellingen;
    private final HttpClient http;

    public HaalCentraalBrpBron(Instellingen instellingen) {
        this.instellingen = instellingen;
        this.http = HttpClient.newBuilder().connectTimeout(instellingen.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Map<String, BrpPersoon> zoek(Collection<String> bsns) {
        Map<String, BrpPersoon> uit = new HashMap<>();
        List<String> alle = new ArrayList<>(bsns);
        for (int i = 0; i < alle.size(); i += MAX_PER_VRAAG) {
            JsonNode antwoord = vraag(alle.subList(i, Math.min(alle.size(), i + MAX_PER_VRAAG)));
            for (JsonNode p : antwoord.path("personen")) {
                String bsn = tekst(p.path("burgerservicenummer"));
                if (bsn != null) {
                    uit.put(bsn, persoon(p));
                }
            }
        }
        return uit;
    }

    private JsonNode vraag(List<String> bsns) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "RaadpleegMetBurgerservicenummer");
        bsns.forEach(body.putArray("burgerservicenummer")::add);
        FIELDS.forEach(body.putArray("fields")::add);
        HttpRequest.Builder rb = HttpRequest.newBuilder(instellingen.personen()).timeout(instellingen.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (instellingen.apiKey() != null && !instellingen.apiKey().isBlank()) {
            rb.header("X-API-KEY", instellingen.apiKey().trim());
        }
        HttpRequest request = rb.build();
        String laatste = null;
        Duration pauze = instellingen.pauze();
        for (int poging = 1; poging <= instellingen.pogingen(); poging++) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    try {
                        return JSON.readTree(r.body());
                    } catch (RuntimeException e) {
                        throw new BrpNietBereikbaar("BRP op " + instellingen.plaats()
                                + " antwoordde met iets anders dan JSON van BRP Personen Bevragen");
                    }
                }
                laatste = "HTTP " + r.statusCode() + titel(r.body());
                if (!TIJDELIJK.contains(r.statusCode())) {
                    throw new BrpNietBereikbaar("BRP op " + instellingen.plaats() + " weigert de vraag: " + laatste);
                }
            } catch (HttpTimeoutException e) {
                laatste = "geen antwoord binnen " + instellingen.timeout().toMillis() + " ms";
            } catch (IOException e) {
                laatste = "verbinding mislukt (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BrpNietBereikbaar("BRP-vraag onderbroken", e);
            }
            if (poging < instellingen.pogingen()) {
                log.warn("BRP on {}: {} (attempt {} of {}); trying again in {} ms", instellingen.plaats(), laatste,
                        poging, instellingen.pogingen(), pauze.toMillis());
                slaap(pauze);
                pauze = pauze.multipliedBy(2);
            }
        }
        throw new BrpNietBereikbaar("BRP niet bereikbaar op " + instellingen.plaats() + ": " + laatste + " (na "
                + instellingen.pogingen() + " pogingen); run the same command again to resume once the BRP is back");
    }

    /** The problem+json title of an error answer (the API's Foutbericht), masked of anything like a BSN. */
    private static String titel(String body) {
        try {
            String t = tekst(JSON.readTree(body).path("title"));
            return t == null ? "" : " (" + nl.lpg.support.Privacy.maskeer(t) + ")";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static void slaap(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrpNietBereikbaar("BRP-vraag onderbroken", e);
        }
    }

    static BrpPersoon persoon(JsonNode p) {
        List<BrpBron.Naam> partners = new ArrayList<>();
        for (JsonNode partner : p.path("partners")) {
            BrpBron.Naam n = naam(partner.path("naam"));
            if (!n.leeg()) {
                partners.add(n);
            }
        }
        JsonNode adres = p.path("verblijfplaats").path("verblijfadres");
        return new BrpPersoon(datum(p.path("geboorte").path("datum")), datum(p.path("overlijden").path("datum")),
                tekst(p.path("geslacht").path("code")), naam(p.path("naam")), partners, tekst(adres.path("postcode")),
                tekst(adres.path("huisnummer")));
    }

    private static BrpBron.Naam naam(JsonNode n) {
        return new BrpBron.Naam(tekst(n.path("voorletters")), tekst(n.path("voorvoegsel")),
                tekst(n.path("geslachtsnaam")));
    }

    /** An AbstractDatum: Datum, JaarMaandDatum, JaarDatum or DatumOnbekend; absent is null. */
    static BrpDatum datum(JsonNode d) {
        if (d.isMissingNode() || d.isNull()) {
            return null;
        }
        String type = tekst(d.path("type"));
        if ("Datum".equals(type)) {
            return BrpDatum.van(java.time.LocalDate.parse(tekst(d.path("datum"))));
        }
        if ("JaarMaandDatum".equals(type)) {
            return new BrpDatum(d.path("jaar").asInt(), d.path("maand").asInt(), 0);
        }
        if ("JaarDatum".equals(type)) {
            return new BrpDatum(d.path("jaar").asInt(), 0, 0);
        }
        if ("DatumOnbekend".equals(type)) {
            return BrpDatum.ONBEKEND;
        }
        return null;
    }

    private static String tekst(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        String s = n.isString() ? n.stringValue() : n.asString();
        return s == null || s.isBlank() ? null : s.trim();
    }
}
