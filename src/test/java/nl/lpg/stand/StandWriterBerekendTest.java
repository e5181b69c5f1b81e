package nl.lpg.stand;

import nl.lpg.batch.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * run_unit.berekend (V17) carries an accepted unit's calculations from the IKV step to the stand step. It is written
 * and read token by token; the text is the one a map of string arrays gives, so units staged before read the same.
 */
class StandWriterBerekendTest {

    private static Map<String, StandWriter.PvpWaarden> voorbeeld() {
        Map<String, StandWriter.PvpWaarden> m = new LinkedHashMap<>();
        m.put(StandWriter.sleutel("2026-02-01", "OPNP", null, "2026-02-01"), new StandWriter.PvpWaarden(
                new BigDecimal("681.865"), new BigDecimal("186.15"), new BigDecimal("-4.1")));
        m.put(StandWriter.sleutel("2026-02-15", "AAOP", "V\"1", "2026-02-15"), new StandWriter.PvpWaarden(
                null, new BigDecimal("0"), null));
        return m;
    }

    @Test
    void theTextIsThatOfAMapOfStringArraysRoundedToCents() {
        Map<String, String[]> alsKaart = new LinkedHashMap<>();
        alsKaart.put("2026-02-01|OPNP||2026-02-01", new String[]{"681.87", "186.15", "-4.10"});
        alsKaart.put("2026-02-15|AAOP|V\"1|2026-02-15", new String[]{null, "0.00", null});
        assertThat(StandWriter.berekendAlsJson(voorbeeld())).isEqualTo(Json.write(alsKaart));
    }

    @Test
    void readingBackGivesTheStagedAmounts() {
        Map<String, StandWriter.PvpWaarden> terug = StandWriter.berekend(StandWriter.berekendAlsJson(voorbeeld()));
        assertThat(terug).containsOnlyKeys("2026-02-01|OPNP||2026-02-01", "2026-02-15|AAOP|V\"1|2026-02-15");
        StandWriter.PvpWaarden a = terug.get("2026-02-01|OPNP||2026-02-01");
        assertThat(a.grondslagBerekend()).isEqualByComparingTo("681.87");
        assertThat(a.premieBerekend()).isEqualByComparingTo("186.15");
        assertThat(a.premieVastgesteld()).isEqualByComparingTo("-4.10");
        StandWriter.PvpWaarden b = terug.get("2026-02-15|AAOP|V\"1|2026-02-15");
        assertThat(b.grondslagBerekend()).isNull();
        assertThat(b.premieBerekend()).isEqualByComparingTo("0");
        assertThat(b.premieVastgesteld()).isNull();
    }

    @Test
    void anEmptyUnitReadsAsNoCalculations() {
        assertThat(StandWriter.berekendAlsJson(Map.of())).isEqualTo("{}");
        assertThat(StandWriter.berekend("{}")).isEmpty();
    }

    @Test
    void keysWithoutEscapesAreWrittenAsJacksonWritesThem() {
        // issue 10: such keys (dates, codes) are written without a generator; the text is the same
        java.util.Random r = new java.util.Random(10);
        String tekens = "AZaz09 -_|./#!~{}[]:,";
        for (int i = 0; i < 500; i++) {
            Map<String, StandWriter.PvpWaarden> m = new LinkedHashMap<>();
            Map<String, String[]> alsKaart = new LinkedHashMap<>();
            for (int j = r.nextInt(4); j >= 0; j--) {
                StringBuilder pk = new StringBuilder();
                for (int k = r.nextInt(8); k >= 0; k--) {
                    pk.append(tekens.charAt(r.nextInt(tekens.length())));
                }
                String sleutel = StandWriter.sleutel("2026-02-01", pk.toString(), j % 2 == 0 ? null : "V" + j,
                        "2026-02-01");
                BigDecimal a = BigDecimal.valueOf(r.nextLong() % 10_000_000, r.nextInt(5));
                BigDecimal b = j == 1 ? null : BigDecimal.valueOf(r.nextInt(100_000) - 50_000, 3);
                m.put(sleutel, new StandWriter.PvpWaarden(a, b, a.negate()));
                alsKaart.put(sleutel, new String[]{a.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                        b == null ? null : b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                        a.negate().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()});
            }
            assertThat(StandWriter.berekendAlsJson(m)).isEqualTo(Json.write(alsKaart));
        }
    }

    @Test
    void theEntriesOfAUnitGiveTheTextOfTheMapTheyMake() {
        // written straight from the entries where it can (issue 10); the same text as the map, whose later entry with
        // a key already there takes that entry's place, for keys twice, codes to escape and years of other lengths
        java.util.Random r = new java.util.Random(12);
        String[] codes = {"OPNP", "AAOP", "V\"1", "X\\Y", "ÉÉN", "A|B"};
        java.time.LocalDate[] datums = {java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 12, 31),
                java.time.LocalDate.of(999, 1, 9), java.time.LocalDate.of(10000, 3, 4)};
        for (int geval = 0; geval < 5000; geval++) {
            java.util.List<StandWriter.Berekend> lijst = new java.util.ArrayList<>();
            Map<String, StandWriter.PvpWaarden> m = new LinkedHashMap<>();
            for (int i = r.nextInt(7); i > 0; i--) {
                java.time.LocalDate ikp = datums[r.nextInt(geval % 3 == 0 ? datums.length : 2)];
                java.time.LocalDate pvp = datums[r.nextInt(2)];
                String pk = codes[r.nextInt(geval % 2 == 0 ? 2 : codes.length)];
                String pv = r.nextInt(3) == 0 ? null : r.nextBoolean() ? "" : codes[r.nextInt(2)];
                StandWriter.PvpWaarden w = new StandWriter.PvpWaarden(bedrag(r), bedrag(r), bedrag(r));
                lijst.add(new StandWriter.Berekend(ikp, pk, pv, pvp, w));
                m.put(StandWriter.sleutel(ikp.toString(), pk, pv, pvp.toString()), w);
            }
            assertThat(StandWriter.berekendAlsJson(lijst)).as("case %d", geval).isEqualTo(StandWriter.berekendAlsJson(m));
        }
    }

    private static BigDecimal bedrag(java.util.Random r) {
        return r.nextInt(5) == 0 ? null : BigDecimal.valueOf(r.nextLong() % 10_000_000, r.nextInt(5));
    }
}
