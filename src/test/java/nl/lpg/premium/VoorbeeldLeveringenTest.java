package nl.lpg.premium;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.LeveringReader;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.ParameterSet;
import nl.lpg.parameters.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped example deliveries (examples/*.xml) with the shipped workbooks: every PVP's grondslag and premie against a
 * value worked out by hand from the formula of its soortGrondslag in section 16 (BR167, BR232, BR300), with the
 * working in a comment. Parameters 2026 unless said: ABP franchise 19545, maximum 137800 (fiscal), OPNP 27.30 %, AAOP
 * 0.60 %; BOUW PP franchise 16770, maximum 83600, 25.50 %, AOP maximum 83600, 1.00 %; PWRI OPNP maximum 137800,
 * 25.20 %, AP 1.20 %; SPW OP franchise 17545, 25.40 %, IP franchise 81261, 0.80 %, FLOW 1.00 %; PPFAPG OP 23.00 %, NP
 * 1.60 %, ANW 0.05 %, maximum 137800; PFAB PPA franchise 17986, maximum 137800, 24.50 %, SFA vaste premie 26.00;
 * Schoonmaak 2025: BPFSGB franchise 9.75 per uur, 21.40 %, FBORAS 0.25 %.
 */
class VoorbeeldLeveringenTest {

    private static final Map<String, PvpBerekening> PVPS = new HashMap<>();

    /** Key: the digits of the personeelsnummer without leading zeros, productkeuze, datum aanvang PVP. */
    private static PvpBerekening pvp(String pnr, String pk, String aanvang) {
        PvpBerekening b = PVPS.get(pnr + "|" + pk + "|" + aanvang);
        assertThat(b).as("PVP " + pnr + " " + pk + " " + aanvang + " in examples/").isNotNull();
        return b;
    }

    @BeforeAll
    static void leesAlleVoorbeelden() throws Exception {
        Parameters p = ParameterSet.load(Path.of("parameters-xlsx")).parameters();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path file : s.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                try (LeveringReader r = new LeveringReader(file)) {
                    for (IkvEenheid volgende = r.volgende(); volgende != null; volgende = r.volgende()) {
                        IkvEenheid e = volgende;
                        for (Inkomstenperiode ikp : e.ikv().inkomstenperioden()) {
                            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                                for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                                    PremieBerekening.bereken(e, ikp, pvv, pvp, p).ifPresent(b -> PVPS.put(
                                            e.ikv().personeelsnummer().replaceFirst("^0+", "") + "|"
                                                    + pvv.productkeuze() + "|" + pvp.datumAanvang(), b));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void is(PvpBerekening b, String grondslag, String premie) {
        if (grondslag == null) {
            assertThat(b.grondslagBerekend()).isNull();
        } else {
            assertThat(b.grondslagBerekend()).as(b.soortGrondslag() + " grondslag").isEqualByComparingTo(grondslag);
        }
        assertThat(b.premieBerekend()).as(b.soortGrondslag() + " premie").isEqualByComparingTo(premie);
    }

    @Test
    @DisplayName("the examples' products together use all fifteen formula types of BR167")
    void everyFormulaTypeIsUsed() {
        TreeSet<String> soorten = new TreeSet<>();
        PVPS.values().forEach(b -> soorten.add(b.soortGrondslag()));
        assertThat(soorten).containsExactly("E", "F", "G", "H", "J", "K", "M", "N", "O", "P", "Q", "R", "S", "T", "U");
    }

    @Test
    @DisplayName("ABP (Q, T): part-timer, above the maximum, mid-period IKP, above AOW-leeftijd, WWU (BR300), below the franchise")
    void abp() {
        // Q = (min(pl, max) - franchise) * min(dtf; max / min(pl, max)) * mtw * pf / 12
        // P100: (52000 - 19545) * min(0.8; 137800/52000) * 1 * 1 / 12 = 32455 * 0.8 / 12 = 2163.666.. -> 2163.67;
        // premie 2163.67 * 27.30 % = 590.68191 -> 590.68
        is(pvp("100", "OPNP", "2026-01-01"), "2163.67", "590.68");
        // T = (pl - franchise) * dtf * mtw * pf / 12 = (52000 - 19545) * 0.8 / 12 = 2163.67; * 0.60 % = 12.98202 -> 12.98
        is(pvp("100", "AAOP", "2026-01-01"), "2163.67", "12.98");
        // above the maximum: (137800 - 19545) * min(1; 137800/137800) / 12 = 118255 / 12 = 9854.5833.. -> 9854.58;
        // * 27.30 % = 2690.30034 -> 2690.30
        is(pvp("101", "OPNP", "2026-01-01"), "9854.58", "2690.30");
        // T is not capped: (150000 - 19545) / 12 = 130455 / 12 = 10871.25; * 0.60 % = 65.2275 -> 65.23
        is(pvp("101", "AAOP", "2026-01-01"), "10871.25", "65.23");
        // two IKPs in January: 15/31 and 16/31 of the month (BR345)
        // (38000 - 19545) * 1 * 0.50 * 15/31 / 12 = 18455 * 0.5 * 15 / 372 = 138412.5 / 372 = 372.0766.. -> 372.08;
        // * 27.30 % = 101.57784 -> 101.58
        is(pvp("102", "OPNP", "2026-01-01"), "372.08", "101.58");
        // 18455 * 16 / 372 = 295280 / 372 = 793.7634.. -> 793.76; * 27.30 % = 216.69648 -> 216.70
        is(pvp("102", "OPNP", "2026-01-16"), "793.76", "216.70");
        // P110 is 68 (above AOW-leeftijd, below AOW + 5): OPNP and AAOP go on (BR194, BR196)
        // (60000 - 19545) / 12 = 40455 / 12 = 3371.25; * 27.30 % = 920.35125 -> 920.35; * 0.60 % = 20.2275 -> 20.23
        is(pvp("110", "OPNP", "2026-01-01"), "3371.25", "920.35");
        is(pvp("110", "AAOP", "2026-01-01"), "3371.25", "20.23");
        // P111 WWU, meetellingswaarde 50 %: (36000 - 19545) * 1 * 0.50 / 12 = 16455 / 24 = 685.625 -> 685.63;
        // OPNP * 27.30 % = 187.17699 -> 187.18; AAOP * 0.60 % * 75 % (BR300) = 685.63 * 0.0045 = 3.085335 -> 3.09
        is(pvp("111", "OPNP", "2026-01-01"), "685.63", "187.18");
        is(pvp("111", "AAOP", "2026-01-01"), "685.63", "3.09");
        // P112 earns 18000 < franchise 19545: nothing above the franchise, grondslag and premie 0
        is(pvp("112", "OPNP", "2026-01-01"), "0.00", "0.00");
        is(pvp("112", "AAOP", "2026-01-01"), "0.00", "0.00");
    }

    @Test
    @DisplayName("BOUW per VIERWEKEN (J, H): a whole period, and a start on day 12 of 28 above the maximum productloon")
    void bouw() {
        // J = (min(pl, max) - franchise) * pf / 13 * dtf
        // B200: (48000 - 16770) / 13 = 31230 / 13 = 2402.3076.. -> 2402.31; * 25.50 % = 612.58905 -> 612.59
        is(pvp("200", "PP", "2026-01-01"), "2402.31", "612.59");
        // B201 above the maximum: (83600 - 16770) / 13 = 66830 / 13 = 5140.7692.. -> 5140.77; * 25.50 % = 1310.89635
        is(pvp("201", "PP", "2026-01-01"), "5140.77", "1310.90");
        // B210: (52000 - 16770) / 13 = 35230 / 13 = 2710.00; * 25.50 % = 691.05
        is(pvp("210", "PP", "2026-01-01"), "2710.00", "691.05");
        // H = min(SV-loon, max * pf / 13) = min(4000.00; 83600 / 13 = 6430.77) = 4000.00; * 1.00 % = 40.00
        is(pvp("210", "AOP", "2026-01-01"), "4000.00", "40.00");
        // B211 from 2026-01-12: periodefactor = 17 calendar days / 28 (BR345)
        // J: (83600 - 16770) * 17/28 / 13 = 66830 * 17 / 364 = 1136110 / 364 = 3121.1813.. -> 3121.18;
        // * 25.50 % = 795.9009 -> 795.90
        is(pvp("211", "PP", "2026-01-12"), "3121.18", "795.90");
        // H: min(6000.00; 83600 * 17 / 364 = 3904.3956..) = 3904.3956.. -> 3904.40; premie on the rounded grondslag
        // 3904.40 * 1.00 % = 39.044 -> 39.04
        is(pvp("211", "AOP", "2026-01-12"), "3904.40", "39.04");
        assertThat(pvp("211", "PP", "2026-01-12").periodefactor()).isEqualByComparingTo("0.6071428571428571428571428571428571");
    }

    @Test
    @DisplayName("PFAB (J, P): PPA and the vaste premie SFA")
    void pfab() {
        // J: (45000 - 17986) * 1 / 12 * 1 = 27014 / 12 = 2251.1666.. -> 2251.17; * 24.50 % = 551.53665 -> 551.54
        is(pvp("300", "PPA", "2026-01-01"), "2251.17", "551.54");
        // P: no grondslag; vaste premie 26.00 * periodefactor 1 = 26.00
        is(pvp("300", "SFA", "2026-01-01"), null, "26.00");
    }

    @Test
    @DisplayName("Schoonmaak per KWARTAAL 2025 (F with a franchise per uur, G)")
    void schoonmaak() {
        // F = min(pl, max) - franchise, franchise = 9.75 * PVP-uren (UUR): 7800 - 9.75 * 520 = 7800 - 5070 = 2730.00;
        // * 21.40 % = 584.22
        is(pvp("500", "BPFSGB", "2025-10-01"), "2730.00", "584.22");
        // G = productloon = 7800.00; * 0.25 % = 19.50
        is(pvp("500", "FBORAS", "2025-10-01"), "7800.00", "19.50");
        // part-timer, fewer uren (F does not use the deeltijdfactor): 3120 - 9.75 * 208 = 3120 - 2028 = 1092.00;
        // * 21.40 % = 233.688 -> 233.69
        is(pvp("501", "BPFSGB", "2025-10-01"), "1092.00", "233.69");
        is(pvp("501", "FBORAS", "2025-10-01"), "3120.00", "7.80");
        assertThat(pvp("500", "BPFSGB", "2025-10-01").periodiciteitsfactor()).isEqualTo(4);
    }

    @Test
    @DisplayName("PWRI (M, S): a part-timer and one above the maximum productloon")
    void pwri() {
        // M = min(pl * dtf, max) * pf / 12 = min(30000 * 0.6, 137800) / 12 = 18000 / 12 = 1500.00; * 25.20 % = 378.00
        is(pvp("400", "OPNP", "2026-01-01"), "1500.00", "378.00");
        // S = pl * dtf * mtw * pf / 12 = 30000 * 0.6 * 1 / 12 = 1500.00; * 1.20 % = 18.00
        is(pvp("400", "AP", "2026-01-01"), "1500.00", "18.00");
        // M: min(150000, 137800) / 12 = 11483.333.. -> 11483.33; * 25.20 % = 2893.79916 -> 2893.80
        is(pvp("401", "OPNP", "2026-01-01"), "11483.33", "2893.80");
        // S is not capped: 150000 / 12 = 12500.00; * 1.20 % = 150.00
        is(pvp("401", "AP", "2026-01-01"), "12500.00", "150.00");
    }

    @Test
    @DisplayName("SPW (N, R, O): a part-timer, and one below the WIA-grens of IP")
    void spw() {
        // N = (pl * dtf - franchise) * pf / 12 = (90000 * 0.8 - 17545) / 12 = 54455 / 12 = 4537.9166.. -> 4537.92;
        // * 25.40 % = 1152.63168 -> 1152.63
        is(pvp("600", "OP", "2026-01-01"), "4537.92", "1152.63");
        // R = (pl - franchise) * dtf * pf / 12 = (90000 - 81261) * 0.8 / 12 = 6991.2 / 12 = 582.60; * 0.80 % = 4.6608
        is(pvp("600", "IP", "2026-01-01"), "582.60", "4.66");
        // O = pl * dtf * pf / 12 = 90000 * 0.8 / 12 = 6000.00; * 1.00 % = 60.00
        is(pvp("600", "FLOW", "2026-01-01"), "6000.00", "60.00");
        // N: (40000 - 17545) / 12 = 22455 / 12 = 1871.25; * 25.40 % = 475.2975 -> 475.30
        is(pvp("601", "OP", "2026-01-01"), "1871.25", "475.30");
        // R: 40000 below the WIA-grens 81261: no excedent, 0
        is(pvp("601", "IP", "2026-01-01"), "0.00", "0.00");
        // O: 40000 / 12 = 3333.333.. -> 3333.33; * 1.00 % = 33.3333 -> 33.33
        is(pvp("601", "FLOW", "2026-01-01"), "3333.33", "33.33");
    }

    @Test
    @DisplayName("PPFAPG (U, K, E)")
    void ppfapg() {
        // U = min(pl, max) * dtf * pf / 12 = 70000 * 0.9 / 12 = 5250.00; * 23.00 % = 1207.50
        is(pvp("700", "OP", "2026-01-01"), "5250.00", "1207.50");
        // K = min(pensioenloon, max * pf / 12) = min(5500.00; 11483.33) = 5500.00; * 1.60 % = 88.00
        is(pvp("700", "NP", "2026-01-01"), "5500.00", "88.00");
        // E = min(pl, max) = 70000.00 (the formula has no periodefactor); * 0.05 % = 35.00
        is(pvp("700", "ANW", "2026-01-01"), "70000.00", "35.00");
        // G701 is past the AOW-leeftijd: the grondslag is still computed (48000 / 12 = 4000.00, * 23 % = 920.00);
        // BR316 is what refuses the premie withheld after the peildatum
        is(pvp("701", "OP", "2026-01-01"), "4000.00", "920.00");
    }
}
