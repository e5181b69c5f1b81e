package nl.lpg.stand;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand step asks whether the stand holds any IKV between a chunk's lowest and highest personeelsnummer before it
 * asks for the chunk's keys one by one; that stretch must be the one the database's collation (utf8mb4_general_ci)
 * sees, or a known IKV would be taken for a new one.
 */
class StandWriterBereikTest {

    private static Object[] ikv(String og, String an, String pnr) {
        return new Object[]{og, an, pnr, "1", "11"};
    }

    @Test
    void lettersAndDigitsAreOrderedWithoutCaseAsTheCollationOrdersThem() {
        List<StandWriter.Bereik> b = StandWriter.bereiken(List.of(ikv("ABP", "A1000", "000123"),
                ikv("ABP", "A1000", "b7"), ikv("ABP", "A1000", "A9 "), ikv("ABP", "A1000", "0001")));
        assertThat(b).singleElement().satisfies(r -> {
            assertThat(r.laag()).isEqualTo("0001"); // a shorter value sorts first: padded with spaces
            assertThat(r.hoog()).isEqualTo("B7"); // without case: a9 < B7
            assertThat(r.ikvs()).hasSize(4);
        });
    }

    @Test
    void eachAansluitingHasItsOwnStretch() {
        List<StandWriter.Bereik> b = StandWriter.bereiken(List.of(ikv("ABP", "A1000", "5"), ikv("ABP", "A2000", "1"),
                ikv("ABP", "A1000", "3")));
        assertThat(b).extracting(StandWriter.Bereik::aansluitnummer, StandWriter.Bereik::laag, StandWriter.Bereik::hoog)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A1000", "3", "5"),
                        org.assertj.core.groups.Tuple.tuple("A2000", "1", "1"));
    }

    @Test
    void onlyCollationsThatOrderLettersAndDigitsLikeTheirUpperCaseAreTrusted() {
        // checked against MariaDB 10.11: 600 random personeelsnummers of letters and digits (some with a trailing
        // space) sort in these collations as their upper case sorts; utf8mb4_bin puts every capital first
        for (String c : List.of("utf8mb4_general_ci", "utf8mb4_unicode_ci", "utf8mb4_unicode_520_ci",
                "utf8mb4_uca1400_ai_ci", "utf8mb4_uca1400_as_cs", "utf8mb4_uca1400_nopad_ai_ci")) {
            assertThat(StandWriter.zekereCollatie(c)).as(c).isTrue();
        }
        for (String c : List.of("utf8mb4_bin", "utf8mb4_danish_ci", "utf8mb4_uca1400_danish_ai_ci", "latin1_swedish_ci")) {
            assertThat(StandWriter.zekereCollatie(c)).as(c).isFalse();
        }
    }

    @Test
    void anyOtherCharacterMakesTheAansluitingAskPerKey() {
        // the collation folds accents (é = E) and orders punctuation its own way: no stretch is certain
        for (String pnr : List.of("é12", "12-3", " 12", "", "12.0")) {
            List<StandWriter.Bereik> b = StandWriter.bereiken(List.of(ikv("ABP", "A1000", "100"),
                    ikv("ABP", "A1000", pnr)));
            assertThat(b).as(pnr).singleElement().satisfies(r -> {
                assertThat(r.laag()).isNull();
                assertThat(r.ikvs()).hasSize(2);
            });
        }
    }
}
