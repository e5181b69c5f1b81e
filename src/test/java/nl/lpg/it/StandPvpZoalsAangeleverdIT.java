package nl.lpg.it;

import nl.lpg.batch.Json;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.LeveringReader;
import nl.lpg.stand.StandWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand keeps every delivered value of an IKP once (issue 10, V21): the IKP's own members and its PVVs in
 * stand_ikp.inkomstenperiode, each PVP with all its delivered values as a row of stand_pvp. A PVV without perioden is
 * still in the IKP's JSON.
 */
class StandPvpZoalsAangeleverdIT {

    @TempDir
    Path tmp;

    @Test
    void everyDeliveredValueOfAPvpIsARowOfStandPvpAndTheIkpJsonKeepsItsPvvsWithoutTheirPerioden() throws Exception {
        Path xml = tmp.resolve("levering.xml");
        Files.writeString(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><levering xmlns=\"urn:lpg:levering:1\""
                + " nummerLeverancier=\"L001\" periodeLevering=\"2026-01\" volgnummer=\"1\" aanmaak=\"2026-02-02T09:00:00\""
                + " soort=\"R\"><administratieveEenheid aansluitnummer=\"A1000\" opdrachtgever=\"ABP\""
                + " periodiciteit=\"MAAND\" datumAanvangTijdvak=\"2026-01-01\" datumEindeTijdvak=\"2026-01-31\""
                + " loonheffingennummer=\"123456789L01\">"
                + "<inkomstenverhouding personeelsnummer=\"P1\" nummer=\"1\" aard=\"11\" datumAanvang=\"2020-01-01\">"
                + "<natuurlijkPersoon bsn=\"111222333\" personeelsnummer=\"P1\" voorletters=\"A\" achternaam=\"Jansen\""
                + " geboortedatum=\"1980-05-17\" geslacht=\"V\"/>"
                + "<inkomstenperiode datumAanvang=\"2026-01-01\" verbijzondering=\"REG\" codeMeetelling=\"J\""
                + " deeltijdfactor=\"0.8000\" soortInkomstenverhouding=\"15\">"
                + "<pensioenVerzekeringVerhouding productkeuze=\"OPNP\" datumAanvang=\"2020-01-01\">"
                + "<pensioenVerzekeringPeriode datumAanvang=\"2026-01-01\" productloon=\"40000.00\""
                + " productloonIncidenteel=\"250.00\" premiegrondslag=\"681.87\" premie=\"186.15\""
                + " meetellingswaarde=\"37.50\" dagen=\"15.00\" uren=\"120.50\"/>"
                + "<pensioenVerzekeringPeriode datumAanvang=\"2026-01-16\" productloon=\"41000.00\"/>"
                + "</pensioenVerzekeringVerhouding>"
                + "<pensioenVerzekeringVerhouding productkeuze=\"AAOP\" productvariant=\"V1\" datumEinde=\"2026-12-31\"/>"
                + "</inkomstenperiode></inkomstenverhouding></administratieveEenheid></levering>");
        List<IkvEenheid> units = new ArrayList<>();
        try (LeveringReader r = new LeveringReader(xml)) {
            for (IkvEenheid e; (e = r.volgende()) != null; ) {
                units.add(e);
            }
        }
        try (EngineFixture f = new EngineFixture("stand-pvp")) {
            new StandWriter(f.jdbc).pasToe("20260202-run", units.get(0).levering(),
                    units.stream().map(e -> new StandWriter.Eenheid(e.ae(), e.ikv(), Map.of())).toList());

            assertThat(f.jdbc.queryForList("SELECT CONCAT_WS('|', seq, productkeuze, datum_aanvang_pvp, productloon,"
                    + " IFNULL(productloon_incidenteel, '-'), IFNULL(grondslag_aangeleverd, '-'),"
                    + " IFNULL(premie_aangeleverd, '-'), IFNULL(meetellingswaarde, '-'), IFNULL(dagen, '-'),"
                    + " IFNULL(uren, '-')) FROM stand_pvp ORDER BY seq", String.class)).containsExactly(
                    "0|OPNP|2026-01-01|40000.00|250.00|681.87|186.15|37.50|15.00|120.50",
                    "1|OPNP|2026-01-16|41000.00|-|-|-|-|-|-");

            JsonNode ikp = Json.MAPPER.readTree(f.jdbc.queryForObject("SELECT inkomstenperiode FROM stand_ikp",
                    String.class));
            assertThat(ikp.get("deeltijdfactor").decimalValue()).isEqualByComparingTo("0.8000");
            assertThat(ikp.get("verbijzondering").asString()).isEqualTo("REG");
            JsonNode pvvs = ikp.get("pensioenVerzekeringVerhoudingen");
            assertThat(pvvs).hasSize(2);
            assertThat(pvvs.get(0).get("productkeuze").asString()).isEqualTo("OPNP");
            assertThat(pvvs.get(0).get("datumAanvang").asString()).isEqualTo("2020-01-01");
            assertThat(pvvs.get(0).has("perioden")).as("the PVPs are rows of stand_pvp, not repeated here").isFalse();
            assertThat(pvvs.get(1).get("productvariant").asString()).isEqualTo("V1");
            assertThat(pvvs.get(1).get("datumEinde").asString()).isEqualTo("2026-12-31");
            // the insurer coupling reads the deeltijdfactor from this JSON in the database
            assertThat(f.jdbc.queryForObject("SELECT JSON_VALUE(inkomstenperiode, '$.deeltijdfactor') FROM stand_ikp",
                    String.class)).isEqualTo("0.8000");
        }
    }
}
