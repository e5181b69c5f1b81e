package nl.lpg.insurer;

import nl.lpg.delivery.AdresBinnenland;
import nl.lpg.delivery.AdresBuitenland;
import nl.lpg.delivery.NatuurlijkPersoon;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Werkwijze a.s.r., "Welke mutaties kunnen via de koppeling verzonden worden": 1) Indienst 2) Uitdienst 3) PT%
 * wijzigingen 4) Salariswijzigingen 5) Combinatie van salaris en PT% aanpassing 6) Na een uitdienstmelding het alsnog
 * terugwerkend wijzigen van een salaris en of PT%; and issue 12: the yearly collective salary adjustment is one
 * mutation per employee in one batch; a loontijdvak delivered again with the same values produces nothing.
 * Each case: the stand before and after as months "YYYY-MM salaris deeltijdfactor", and the mutations expected as
 * "SOORT ingangsdatum oudSalaris>nieuwSalaris oudeDtf>nieuweDtf [batch]".
 */
class MutatieAfleidingTest {

    static final NatuurlijkPersoon PERSOON = persoon(new AdresBinnenland("1234AB", "1", null, "Dorpsstraat",
            "Utrecht"), null, null, null);

    static NatuurlijkPersoon persoon(AdresBinnenland bi, AdresBuitenland bu, String staat, LocalDate sinds) {
        return new NatuurlijkPersoon("111222333", "710", "R", null, "Smit", LocalDate.of(1980, 1, 1), "M", null,
                null, staat, sinds, bi, bu);
    }

    /** "2026-01 48000 1.0" per month; an optional 4th part "NP" says an NP product is delivered. */
    static WerknemerStand stand(String aanvang, String einde, String... maanden) {
        return stand(aanvang, einde, PERSOON, maanden);
    }

    static WerknemerStand stand(String aanvang, String einde, NatuurlijkPersoon p, String... maanden) {
        List<WerknemerStand.Periode> ps = new ArrayList<>();
        for (String m : maanden) {
            String[] d = m.split(" ");
            LocalDate datum = d[0].length() == 7 ? LocalDate.parse(d[0] + "-01") : LocalDate.parse(d[0]);
            ps.add(new WerknemerStand.Periode(datum, new BigDecimal(d[2]), new BigDecimal(d[1]),
                    d.length > 3 ? Set.of(d[3]) : Set.of()));
        }
        return new WerknemerStand("A7100", "710", "1", LocalDate.parse(aanvang),
                einde == null ? null : LocalDate.parse(einde), ps, p);
    }

    static String toon(Mutatie m) {
        return m.soort() + " " + m.ingangsdatum() + " " + v(m.oudSalaris()) + ">" + v(m.nieuwSalaris()) + " "
                + v(m.oudeDeeltijdfactor()) + ">" + v(m.nieuweDeeltijdfactor())
                + (m.batch() == null ? "" : " " + m.batch());
    }

    static String v(BigDecimal b) {
        return b == null ? "-" : b.stripTrailingZeros().toPlainString();
    }

    static Stream<Arguments> gevallen() {
        return Stream.of(
                Arguments.of("1) indienst: a new inkomstenverhouding, values of its first month",
                        null, stand("2026-02-01", null, "2026-02 42000 0.8"),
                        List.of("INDIENST 2026-02-01 ->42000 ->0.8")),
                Arguments.of("1) indienst and a raise in the next month of the same delivery: two mutations",
                        null, stand("2026-01-01", null, "2026-01 42000 0.8", "2026-02 43000 0.8"),
                        List.of("INDIENST 2026-01-01 ->42000 ->0.8", "SALARIS 2026-02-01 42000>43000 0.8>0.8")),
                Arguments.of("2) uitdienst: datum einde delivered, last values as the old ones",
                        stand("2020-01-01", null, "2026-01 50000 1.0"),
                        stand("2020-01-01", "2026-02-28", "2026-01 50000 1.0", "2026-02 50000 1.0"),
                        List.of("UITDIENST 2026-02-28 50000>- 1>-")),
                Arguments.of("3) PT% change only",
                        stand("2020-01-01", null, "2026-01 50000 0.8"),
                        stand("2020-01-01", null, "2026-01 50000 0.8", "2026-02 50000 0.9"),
                        List.of("DEELTIJD 2026-02-01 50000>50000 0.8>0.9")),
                Arguments.of("4) salary change only",
                        stand("2020-01-01", null, "2026-01 50000 1.0"),
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 52000 1.0"),
                        List.of("SALARIS 2026-02-01 50000>52000 1>1")),
                Arguments.of("5) salary and PT% on the same date: one mutation, not two",
                        stand("2020-01-01", null, "2026-01 50000 1.0"),
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 45000 0.9"),
                        List.of("SALARIS_DEELTIJD 2026-02-01 50000>45000 1>0.9")),
                Arguments.of("6) after the uitdienst, February's salary corrected: RETRO",
                        stand("2020-01-01", "2026-02-28", "2026-01 50000 1.0", "2026-02 50000 1.0"),
                        stand("2020-01-01", "2026-02-28", "2026-01 50000 1.0", "2026-02 51000 1.0"),
                        List.of("RETRO 2026-02-01 50000>51000 1>1")),
                Arguments.of("6) after the uitdienst, salary and PT% corrected together: one RETRO",
                        stand("2020-01-01", "2026-02-28", "2026-01 50000 1.0", "2026-02 50000 1.0"),
                        stand("2020-01-01", "2026-02-28", "2026-01 50000 1.0", "2026-02 51000 0.8"),
                        List.of("RETRO 2026-02-01 50000>51000 1>0.8")),
                Arguments.of("6) RETRO: the old values are what the stand held for that month, not the month before",
                        stand("2020-01-01", "2026-02-28", "2026-01 48000 1.0", "2026-02 50000 1.0"),
                        stand("2020-01-01", "2026-02-28", "2026-01 48000 1.0", "2026-02 51000 1.0"),
                        List.of("RETRO 2026-02-01 50000>51000 1>1")),
                Arguments.of("the same month delivered again with the same values: nothing",
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 52000 1.0"),
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 52000.00 1.0000"),
                        List.of()),
                Arguments.of("a new month with unchanged values: nothing",
                        stand("2020-01-01", null, "2026-01 50000 1.0"),
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 50000 1.0"),
                        List.of()),
                Arguments.of("yearly collective adjustment on 1 January: SALARIS in the aansluiting's batch",
                        stand("2020-01-01", null, "2025-12 48000 1.0"),
                        stand("2020-01-01", null, "2025-12 48000 1.0", "2026-01 49440 1.0"),
                        List.of("SALARIS 2026-01-01 48000>49440 1>1 COLLECTIEF-A7100-2026-01-01")),
                Arguments.of("collective adjustment with a PT% change on the same date: still one mutation, in the batch",
                        stand("2020-01-01", null, "2025-12 48000 1.0"),
                        stand("2020-01-01", null, "2025-12 48000 1.0", "2026-01 39552 0.8"),
                        List.of("SALARIS_DEELTIJD 2026-01-01 48000>39552 1>0.8 COLLECTIEF-A7100-2026-01-01")),
                Arguments.of("a PT% change on 1 January alone is not a salary adjustment: no batch",
                        stand("2020-01-01", null, "2025-12 48000 1.0"),
                        stand("2020-01-01", null, "2025-12 48000 1.0", "2026-01 48000 0.8"),
                        List.of("DEELTIJD 2026-01-01 48000>48000 1>0.8")),
                Arguments.of("a corrected earlier month: the insurer hears the new value and, from the next month, the old one",
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 50000 1.0", "2026-03 50000 1.0"),
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 51000 1.0", "2026-03 50000 1.0"),
                        List.of("SALARIS 2026-02-01 50000>51000 1>1", "SALARIS 2026-03-01 50000>50000 1>1")),
                Arguments.of("a salary change that is gone again (month corrected back): the value from that date, old as stored",
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 51000 1.0"),
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 50000 1.0"),
                        List.of("SALARIS 2026-02-01 51000>50000 1>1")),
                Arguments.of("uitdienst and a raise in the same delivery before it was known: SALARIS then UITDIENST",
                        stand("2020-01-01", null, "2026-01 50000 1.0"),
                        stand("2020-01-01", "2026-02-28", "2026-01 50000 1.0", "2026-02 51000 1.0"),
                        List.of("SALARIS 2026-02-01 50000>51000 1>1", "UITDIENST 2026-02-28 51000>- 1>-")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void mutaties(String geval, WerknemerStand voor, WerknemerStand na, List<String> verwacht) {
        assertThat(MutatieAfleiding.mutaties(voor, na, 1).stream().map(MutatieAfleidingTest::toon).toList())
                .as(geval).containsExactlyElementsOf(verwacht);
    }

    @Test
    @DisplayName("maandCollectieveAanpassing 7: a raise on 1 July is in the batch, one on 1 January is not")
    void andereMaand() {
        WerknemerStand voor = stand("2020-01-01", null, "2025-12 48000 1.0");
        WerknemerStand na = stand("2020-01-01", null, "2025-12 48000 1.0", "2026-01 49000 1.0", "2026-07 50000 1.0");
        assertThat(MutatieAfleiding.mutaties(voor, na, 7).stream().map(MutatieAfleidingTest::toon).toList())
                .containsExactly("SALARIS 2026-01-01 48000>49000 1>1",
                        "SALARIS 2026-07-01 49000>50000 1>1 COLLECTIEF-A7100-2026-07-01");
    }

    static String toon(PortaalItem p) {
        return p.soort() + " " + p.ingangsdatum() + " " + p.oud() + ">" + p.nieuw();
    }

    static Stream<Arguments> portaalgevallen() {
        NatuurlijkPersoon antwerpen = persoon(null, new AdresBuitenland("BE", "D 2000", "Antwerpen", "Van Cuyckstraat",
                "2"), null, null);
        NatuurlijkPersoon gehuwd = persoon(PERSOON.adresBinnenland(), null, "GEHUWD", LocalDate.of(2026, 2, 14));
        NatuurlijkPersoon samen = persoon(PERSOON.adresBinnenland(), null, "SAMENWONEND", LocalDate.of(2026, 2, 1));
        return Stream.of(
                Arguments.of("1) address change: portal (a.s.r. takes addresses from the BRP)",
                        stand("2020-01-01", null, "2026-01 50000 1.0"),
                        stand("2020-01-01", null, antwerpen, "2026-01 50000 1.0"),
                        List.of("ADRES null 1234AB 1 Utrecht>BE D 2000 Antwerpen")),
                Arguments.of("2) burgerlijke staat: married",
                        stand("2020-01-01", null, "2026-01 50000 1.0"),
                        stand("2020-01-01", null, gehuwd, "2026-01 50000 1.0"),
                        List.of("BURGERLIJKE_STAAT 2026-02-14 >GEHUWD sinds 2026-02-14")),
                Arguments.of("3) cohabitation: always via the portal",
                        stand("2020-01-01", null, "2026-01 50000 1.0"),
                        stand("2020-01-01", null, samen, "2026-01 50000 1.0"),
                        List.of("PARTNER 2026-02-01 >SAMENWONEND sinds 2026-02-01")),
                Arguments.of("4) ANW/NP deelname starts",
                        stand("2020-01-01", null, "2026-01 50000 1.0"),
                        stand("2020-01-01", null, "2026-01 50000 1.0", "2026-02 50000 1.0 NP"),
                        List.of("NP_DEELNAME 2026-02-01 >NP")),
                Arguments.of("a new employee: nothing for the portal, the INDIENST carries the data",
                        null, stand("2026-01-01", null, samen, "2026-01 50000 1.0 NP"), List.of()),
                Arguments.of("the same person delivered again: nothing",
                        stand("2020-01-01", null, "2026-01 50000 1.0 NP"),
                        stand("2020-01-01", null, "2026-01 50000 1.0 NP", "2026-02 50000 1.0 NP"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portaalgevallen")
    void portaal(String geval, WerknemerStand voor, WerknemerStand na, List<String> verwacht) {
        assertThat(MutatieAfleiding.portaal(voor, na).stream().map(MutatieAfleidingTest::toon).toList())
                .as(geval).containsExactlyElementsOf(verwacht);
    }
}
