package nl.lpg.it;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.LeveringReader;
import nl.lpg.stand.StandWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A loontijdvak delivered again replaces the one stored" holds inside one delivery too: a later unit of the same IKV
 * replaces an earlier one of the same loontijdvak (or the same IKP date) whether both fall in one chunk of the stand
 * step or in two. The stand therefore does not depend on the chunk size or on how the stand step is partitioned.
 */
class StandWriterChunksIT {

    @TempDir
    Path tmp;

    private static final String AE = "<administratieveEenheid aansluitnummer=\"A1000\" opdrachtgever=\"ABP\""
            + " periodiciteit=\"MAAND\" datumAanvangTijdvak=\"2026-01-01\" datumEindeTijdvak=\"2026-01-31\""
            + " loonheffingennummer=\"123456789L01\">";

    private static String ikv(String pnr, String ikpAanvang, String productloon) {
        return "<inkomstenverhouding personeelsnummer=\"" + pnr + "\" nummer=\"1\" aard=\"11\" datumAanvang=\"2020-01-01\">"
                + "<natuurlijkPersoon bsn=\"111222333\" personeelsnummer=\"" + pnr + "\" voorletters=\"A\""
                + " achternaam=\"Jansen\" geboortedatum=\"1980-05-17\" geslacht=\"V\"/>"
                + "<inkomstenperiode datumAanvang=\"" + ikpAanvang + "\" verbijzondering=\"REG\" codeMeetelling=\"J\""
                + " deeltijdfactor=\"1.0000\" soortInkomstenverhouding=\"15\"><pensioenVerzekeringVerhouding"
                + " productkeuze=\"OPNP\"><pensioenVerzekeringPeriode datumAanvang=\"" + ikpAanvang + "\" productloon=\""
                + productloon + "\" premiegrondslag=\"0.00\" premie=\"0.00\" meetellingswaarde=\"100.00\"/>"
                + "</pensioenVerzekeringVerhouding></inkomstenperiode></inkomstenverhouding>";
    }

    private List<IkvEenheid> units() throws Exception {
        Path xml = tmp.resolve("levering.xml");
        Files.writeString(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><levering xmlns=\"urn:lpg:levering:1\""
                + " nummerLeverancier=\"L001\" periodeLevering=\"2026-01\" volgnummer=\"1\" aanmaak=\"2026-02-02T09:00:00\""
                + " soort=\"R\">" + AE
                + ikv("000000000000500", "2026-01-01", "10000.00")   // replaced: same loontijdvak, later unit
                + ikv("000000000000501", "2026-01-01", "30000.00")
                + ikv("000000000000500", "2026-01-16", "20000.00")
                + ikv("000000000000501", "2026-01-01", "31000.00")   // replaces: same IKP date
                + "</administratieveEenheid></levering>");
        List<IkvEenheid> l = new ArrayList<>();
        try (LeveringReader r = new LeveringReader(xml)) {
            for (IkvEenheid e; (e = r.volgende()) != null; ) {
                l.add(e);
            }
        }
        return l;
    }

    private static List<StandWriter.Eenheid> eenheden(List<IkvEenheid> units) {
        return units.stream().map(e -> new StandWriter.Eenheid(e.ae(), e.ikv(), Map.of())).toList();
    }

    private List<String> stand(List<List<IkvEenheid>> chunks) throws Exception {
        try (EngineFixture f = new EngineFixture("chunks")) {
            StandWriter w = new StandWriter(f.jdbc);
            for (List<IkvEenheid> chunk : chunks) {
                w.pasToe("20260202-run", chunk.get(0).levering(), eenheden(chunk));
            }
            return f.jdbc.queryForList("SELECT CONCAT_WS('|', personeelsnummer, datum_aanvang_ikp, productloon)"
                    + " FROM stand_pvp ORDER BY 1", String.class);
        }
    }

    @Test
    void aLaterUnitReplacesAnEarlierOneWhetherTheyShareAChunkOrNot() throws Exception {
        List<IkvEenheid> u = units();
        List<String> eenChunk = stand(List.of(u));
        assertThat(eenChunk).containsExactly("000000000000500|2026-01-16|20000.00", "000000000000501|2026-01-01|31000.00");
        assertThat(stand(List.of(u.subList(0, 2), u.subList(2, 4)))).isEqualTo(eenChunk);
        assertThat(stand(List.of(u.subList(0, 1), u.subList(1, 2), u.subList(2, 3), u.subList(3, 4))))
                .isEqualTo(eenChunk);
    }
}
