package nl.lpg.bronnen;

import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.extern.BrpNietBereikbaar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Haal Centraal adapter against a local server that answers as the BRP API Personen OpenAPI specification. */
class HaalCentraalBrpBronTest {

    private BrpStub stub;

    @BeforeEach
    void start() throws Exception {
        stub = new BrpStub("geheime-sleutel");
        stub.persoon("111222333", "1980-05-17", "V", "A.B.", "de", "Vries", "1234AB", 1)
                .partner("111222333", "C", null, "Jansen")
                .persoon("123456782", "1975-03-00", "M", "P", null, "Bakker", null, null)
                .persoon("100000009", null, "O", "Q", null, "Onbekend", null, null);
    }

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.close();
        }
    }

    private HaalCentraalBrpBron bron(int pogingen, long timeoutMs) {
        return new HaalCentraalBrpBron(new HaalCentraalBrpBron.Instellingen(URI.create(stub.url()), "geheime-sleutel",
                Duration.ofMillis(timeoutMs), pogingen, Duration.ofMillis(50)));
    }

    @Test
    @DisplayName("found and not found: POST /personen, RaadpleegMetBurgerservicenummer with fields and X-API-KEY; the BSN only in the body")
    void gevondenEnNietGevonden() {
        Map<String, BrpBron.BrpPersoon> m = bron(1, 2000).zoek(List.of("111222333", "123456782", "100000009",
                "999999990"));
        assertThat(m).containsOnlyKeys("111222333", "123456782", "100000009");
        BrpBron.BrpPersoon p = m.get("111222333");
        assertThat(p.geboortedatum().alsDatum()).isEqualTo(LocalDate.of(1980, 5, 17));
        assertThat(p.geslacht()).isEqualTo("V");
        assertThat(p.naam()).isEqualTo(new BrpBron.Naam("A.B.", "de", "Vries"));
        assertThat(p.partners()).containsExactly(new BrpBron.Naam("C", null, "Jansen"));
        assertThat(p.postcode()).isEqualTo("1234AB");
        assertThat(p.huisnummer()).isEqualTo("1");
        assertThat(m.get("123456782").geboortedatum().toString()).isEqualTo("1975-03-00");
        assertThat(m.get("100000009").geboortedatum().toString()).isEqualTo("0000-00-00");
        assertThat(stub.paden).containsExactly("/haalcentraal/api/brp/personen");
        var vraag = stub.vragen.get(0);
        assertThat(vraag.path("type").asString()).isEqualTo("RaadpleegMetBurgerservicenummer");
        assertThat(vraag.path("fields").toString()).contains("geboorte.datum", "partners.naam.geslachtsnaam",
                "verblijfplaats.verblijfadres.postcode");
    }

    @Test
    @DisplayName("a chunk of 45 BSNs is asked in batches of 20, 20 and 5 (the API's maximum per request)")
    void batchesVanTwintig() {
        List<String> bsns = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            bsns.add(String.format("%09d", 300000000 + i));
        }
        bsns.set(7, "111222333");
        Map<String, BrpBron.BrpPersoon> m = bron(1, 2000).zoek(bsns);
        assertThat(m).containsOnlyKeys("111222333");
        assertThat(stub.vragen).extracting(v -> v.path("burgerservicenummer").size()).containsExactly(20, 20, 5);
    }

    @Test
    @DisplayName("a 503 is tried again after a pause, then the answer is used")
    void eerst503DanSucces() {
        stub.storing("503", "503");
        assertThat(bron(3, 2000).zoek(List.of("111222333"))).containsOnlyKeys("111222333");
        assertThat(stub.paden).hasSize(3);
    }

    @Test
    @DisplayName("a timeout is tried again; when every attempt fails: BrpNietBereikbaar naming the place, never a BSN")
    void timeout() {
        stub.storing("stil");
        assertThat(bron(2, 500).zoek(List.of("111222333"))).containsOnlyKeys("111222333");
        stub.storing("503", "503", "503");
        assertThatThrownBy(() -> bron(3, 500).zoek(List.of("111222333")))
                .isInstanceOf(BrpNietBereikbaar.class)
                .hasMessageContaining("BRP niet bereikbaar op http://127.0.0.1:")
                .hasMessageContaining("HTTP 503")
                .hasMessageNotContaining("111222333");
    }

    @Test
    @DisplayName("an unreachable BRP and a refused key end the run with one clear line")
    void onbereikbaarEnGeweigerd() {
        String url = stub.url();
        stub.close();
        var weg = new HaalCentraalBrpBron(new HaalCentraalBrpBron.Instellingen(URI.create(url), null,
                Duration.ofMillis(500), 2, Duration.ofMillis(10)));
        assertThatThrownBy(() -> weg.zoek(List.of("111222333"))).isInstanceOf(BrpNietBereikbaar.class)
                .hasMessageContaining("verbinding mislukt");
        stub = null;
    }

    @Test
    @DisplayName("a wrong API key is refused at once (401), not tried again")
    void sleutelGeweigerd() throws Exception {
        var fout = new HaalCentraalBrpBron(new HaalCentraalBrpBron.Instellingen(URI.create(stub.url()), "fout",
                Duration.ofMillis(1000), 3, Duration.ofMillis(10)));
        assertThatThrownBy(() -> fout.zoek(List.of("111222333"))).isInstanceOf(BrpNietBereikbaar.class)
                .hasMessageContaining("HTTP 401");
        assertThat(stub.paden).hasSize(1);
    }
}
