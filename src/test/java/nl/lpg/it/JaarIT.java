package nl.lpg.it;

import nl.lpg.database.EmbeddedMariaDb;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example year (examples/jaar-2026, see its README) as operations runs it: every month {@code process} and
 * {@code premium-run}, each a JVM of its own on one {@code --data}; a held unit approved after September's premium run
 * (BR191) and one rejected after November's (BR28); April delivered again after May and December again after
 * January 2027. Asserts the signals of every month (the history rules BR47, 191, 202, 253, 262, 404-407, 409 and 410
 * each in the month of its fault), the review, the stand and that every nota reports each correction exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JaarIT {

    static final Path JAAR = Path.of("examples", "jaar-2026");

    @TempDir
    static Path tmp;
    Path data;
    Path out;
    final Map<YearMonth, Path> runs = new LinkedHashMap<>();
    final Map<YearMonth, Path> notas = new LinkedHashMap<>();
    final List<String> fouten = new ArrayList<>();
    /** The run of 2026-12-levering-L001-volgnummer-2.xml, processed after January 2027 (BR407, BR410). */
    Path decemberOpnieuw;
    String goedgekeurd;
    String afgekeurd;
    String afgekeurdNogmaals;
    String lijstSeptember;

    record Uitkomst(int exit, String stdout, String stderr) {
    }

    Uitkomst lpg(String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--data", data.toString(), "--out", out.toString()));
        try (EngineProces p = EngineProces.start(a.toArray(String[]::new))) {
            int exit = p.wacht(180);
            return new Uitkomst(exit, String.join("\n", p.stdout), String.join("\n", p.stderr));
        }
    }

    static Path runDir(Uitkomst u) {
        String laatste = u.stdout().lines().filter(l -> l.startsWith("DONE ")).reduce((x, y) -> y).orElseThrow();
        return Path.of(laatste.substring(laatste.indexOf("-> ") + 3).trim());
    }

    @BeforeAll
    void verwerkHetJaar() throws Exception {
        data = tmp.resolve("data");
        out = tmp.resolve("out");
        for (YearMonth m = YearMonth.of(2026, 1); !m.isAfter(YearMonth.of(2027, 1)); m = m.plusMonths(1)) {
            String peildatum = m.plusMonths(1).atDay(15).toString();
            Uitkomst p = lpg("process", JAAR.resolve(m + "-levering-L001.xml").toString(), "--brp",
                    JAAR.resolve("brp.csv").toString(), "--peildatum", peildatum);
            if (p.exit() != 0) {
                fouten.add(m + " process exit " + p.exit() + ": " + p.stderr());
                continue;
            }
            runs.put(m, runDir(p));
            if (m.equals(YearMonth.of(2027, 1))) {
                // December delivered again: Hendriks ends on 31 December with January 2027 stored (BR407); Jansen's
                // December withdrawn without his inkomstenverhouding, January 2027 stays (BR410)
                Uitkomst december = lpg("process", JAAR.resolve("2026-12-levering-L001-volgnummer-2.xml").toString(),
                        "--brp", JAAR.resolve("brp.csv").toString(), "--peildatum", peildatum);
                fouten.addAll(exit(december, 0));
                decemberOpnieuw = december.exit() == 0 ? runDir(december) : null;
            }
            if (m.equals(YearMonth.of(2026, 5))) {
                // April delivered again (Jansen's deeltijdfactor was 0.9): a correction May's nota carries
                Uitkomst april = lpg("process", JAAR.resolve("2026-04-levering-L001-volgnummer-2.xml").toString(),
                        "--brp", JAAR.resolve("brp.csv").toString(), "--peildatum", peildatum);
                fouten.addAll(exit(april, 0));
            }
            Uitkomst n = lpg("premium-run", "--periode", m.toString(), "--peildatum", peildatum);
            if (n.exit() != 0) {
                fouten.add(m + " premium-run exit " + n.exit() + ": " + n.stderr());
                continue;
            }
            notas.put(m, runDir(n));
            if (m.equals(YearMonth.of(2026, 9))) {
                // de Vries's corrected geboortedatum, confirmed by the BRP (BR191): approved
                Uitkomst l = lpg("review", "list");
                lijstSeptember = csv(l);
                goedgekeurd = lijstSeptember.lines().skip(1).findFirst().orElseThrow().split(",")[1];
                fouten.addAll(exit(lpg("review", "approve", goedgekeurd, "--by", "M. de Boer", "--reason",
                        "BRP bevestigt de geboortedatum"), 0));
            }
            if (m.equals(YearMonth.of(2026, 11))) {
                // Dekker's geboortedatum changed without the employer's word: rejected (BR28), asked again, refused
                afgekeurd = csv(lpg("review", "list")).lines().skip(1).findFirst().orElseThrow().split(",")[1];
                fouten.addAll(exit(lpg("review", "reject", afgekeurd, "--by", "M. de Boer", "--reason",
                        "geboortedatum niet gewijzigd volgens werkgever"), 0));
                Uitkomst twee = lpg("review", "reject", afgekeurd, "--by", "J. Smit", "--reason", "nogmaals");
                fouten.addAll(exit(twee, 1));
                afgekeurdNogmaals = twee.stderr();
            }
        }
    }

    /** The CSV of review list: the header and the rows after it (log lines go to stdout before it). */
    private static String csv(Uitkomst u) {
        String s = u.stdout();
        return s.substring(s.lastIndexOf("run,unit,"));
    }

    private static List<String> exit(Uitkomst u, int verwacht) {
        return u.exit() == verwacht ? List.of() : List.of("exit " + u.exit() + " (expected " + verwacht + "): "
                + u.stderr());
    }

    private List<String> signalen(String maand) throws Exception {
        return signalen(runs.get(YearMonth.parse(maand)));
    }

    /** regel, aard, aansluitnummer and personeelsnummer of every signal of a run. */
    private static List<String> signalen(Path run) throws Exception {
        return EngineFixture.csv(run.resolve("signals.csv")).stream()
                .map(r -> String.join(" ", r.get("regel"), r.get("aard"), r.get("aansluitnummer"),
                        r.get("personeelsnummer").replaceFirst("^0+", "")).trim()).toList();
    }

    /** The signals of the given rules with the datum aanvang inkomstenperiode they name. */
    private static List<String> signalenMetIkp(Path run, List<String> regels) throws Exception {
        return EngineFixture.csv(run.resolve("signals.csv")).stream().filter(r -> regels.contains(r.get("regel")))
                .map(r -> String.join(" ", r.get("regel"), r.get("personeelsnummer").replaceFirst("^0+", ""),
                        r.get("datumAanvangInkomstenperiode")).replaceAll(" +", " ").trim()).toList();
    }

    @Test
    void everyCommandOfTheYearEndsAsExpected() {
        assertThat(fouten).isEmpty();
        assertThat(runs).hasSize(13);
        assertThat(notas).hasSize(13);
    }

    @Test
    void theHistoryRulesFireInTheMonthOfTheirFault() throws Exception {
        for (String m : List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07")) {
            assertThat(signalen(m)).as(m).isEmpty();
        }
        // Dekker's productloon lowered from August against July in the stand: BR262 (Onwaarschijnlijk, applied)
        assertThat(signalen("2026-08")).isNotEmpty().allMatch(s -> s.equals("262 ONWAARSCHIJNLIJK A3000 3001"));
        assertThat(signalen("2026-09")).containsExactly("191 INTERNE_BEOORDELING A1000 1002");
        assertThat(signalen("2026-10")).containsExactly("253 ONVERWERKBAAR A1000 1004");
        assertThat(signalen("2026-11")).containsExactly("191 INTERNE_BEOORDELING A3000 3001");
        // Dekker's parallel IKV (BR202); his November, rejected in review, is missing (BR333, Verwerkbaar at PFAB)
        assertThat(signalen("2026-12")).containsExactlyInAnyOrder("202 ONWAARSCHIJNLIJK A3000 3002",
                "333 VERWERKBAAR A3000 3001");
    }

    @Test
    void theJaargrensFaultsOfJanuary2027() throws Exception {
        assertThat(signalen("2027-01")).containsExactlyInAnyOrder(
                // Bakker with another aard; REG is no verbijzondering of aard 12
                "47 ONVERWERKBAAR A1000 1003", "334 ONVERWERKBAAR A1000 1003",
                // de Vries: datum aanvang 12 January 2027 with his 2026 not withdrawn; January's IKP from the 13th
                "405 VERWERKBAAR A1000 1002", "289 ONVERWERKBAAR A1000 1002",
                // Visser back without datum einde, September to December 2026 missing
                "406 VERWERKBAAR A1000 1004",
                // Mulder's datum aanvang 1 November 2025: January to May 2026 missing, one signal each
                "404 VERWERKBAAR A1000 1006", "404 VERWERKBAAR A1000 1006", "404 VERWERKBAAR A1000 1006",
                "404 VERWERKBAAR A1000 1006", "404 VERWERKBAAR A1000 1006",
                // Dekker: December's parallel IKV in the stand, November (rejected) missing over the jaargrens
                "202 ONWAARSCHIJNLIJK A3000 3001", "415 VERWERKBAAR A3000 3001",
                // de Boer, in dienst since 1 December 2026, first delivered now
                "409 VERWERKBAAR A3000 3003");
        // the loontijdvak each names: the first one missing or, for BR405, the first stored IKP before the jaargrens
        assertThat(signalenMetIkp(runs.get(YearMonth.of(2027, 1)), List.of("404", "405", "406", "409")))
                .containsExactlyInAnyOrder("405 1002 2026-01-01", "406 1004 2026-09-01", "404 1006 2026-01-01",
                        "404 1006 2026-02-01", "404 1006 2026-03-01", "404 1006 2026-04-01", "404 1006 2026-05-01",
                        "409 3003 2026-12-01");
        assertThat(Files.readString(runs.get(YearMonth.of(2027, 1)).resolve("signals.csv")))
                .contains("vervroegd van 2026-06-01 naar 2025-11-01 over de jaargrens")
                .contains("verlaat van 2020-01-01 naar 2027-01-12 over de jaargrens")
                .contains("verlaat van 2026-08-31 naar geen einddatum over de jaargrens: de inkomstenperioden van de"
                        + " loontijdvakken vanaf 2026-09-01, 2026-10-01, 2026-11-01, 2026-12-01 ontbreken");
    }

    @Test
    void theJaargrensFaultsOfDecemberDeliveredAgainAfterJanuary() throws Exception {
        // BR410 and BR290 are AE rules: no personeelsnummer, the AE A1000 is refused
        assertThat(signalen(decemberOpnieuw)).containsExactlyInAnyOrder("290 ONVERWERKBAAR A1000",
                "410 ONVERWERKBAAR A1000", "407 VERWERKBAAR A3000 3004");
        assertThat(signalenMetIkp(decemberOpnieuw, List.of("290", "407", "410")))
                .containsExactlyInAnyOrder("290 2026-12-01", "410 2026-12-01", "407 3004 2027-01-01");
        assertThat(Files.readString(decemberOpnieuw.resolve("signals.csv")))
                .contains("vervroegd naar 2026-12-31 over de jaargrens: de inkomstenperiode van 2027-01-01 moet worden"
                        + " ingetrokken")
                .contains("Intrekkingen van inkomstenverhouding 000000000001001/1 zonder de inkomstenverhouding laten"
                        + " inkomstenperioden over de jaargrens staan (vanaf 2027-01-01)");
    }

    @Test
    void theStandAfterTheJaargrensFaultsFollowsTheirAard() throws Exception {
        // Verwerkbaar applies the unit (Mulder, Visser, Hendriks), Onverwerkbaar leaves the stand (de Vries, Jansen)
        List<String> ikvs = new ArrayList<>();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data); Connection c = DriverManager.getConnection(db.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CONCAT_WS(' ', TRIM(LEADING '0' FROM v.personeelsnummer),"
                     + " v.datum_aanvang, COALESCE(v.datum_einde, '-'), GROUP_CONCAT(DATE_FORMAT(p.tijdvak_aanvang,"
                     + " '%Y-%m') ORDER BY p.tijdvak_aanvang)) FROM stand_ikv v JOIN stand_ikp p"
                     + " ON p.opdrachtgever = v.opdrachtgever AND p.aansluitnummer = v.aansluitnummer"
                     + " AND p.personeelsnummer = v.personeelsnummer AND p.nummer_ikv = v.nummer_ikv"
                     + " WHERE TRIM(LEADING '0' FROM v.personeelsnummer) IN ('1001', '1002', '1004', '1006', '3004')"
                     + " GROUP BY v.opdrachtgever, v.aansluitnummer, v.personeelsnummer, v.nummer_ikv")) {
            while (rs.next()) {
                ikvs.add(rs.getString(1));
            }
        }
        String jaar = "2026-01,2026-02,2026-03,2026-04,2026-05,2026-06,2026-07,2026-08,2026-09,2026-10,2026-11,2026-12";
        assertThat(ikvs).containsExactlyInAnyOrder(
                "1001 2020-01-01 - " + jaar + ",2027-01",
                "1002 2020-01-01 - " + jaar,
                "1004 2020-01-01 - 2026-01,2026-02,2026-03,2026-04,2026-05,2026-06,2026-07,2026-08,2027-01",
                "1006 2025-11-01 - 2026-06,2026-07,2026-08,2026-09,2026-10,2026-11,2026-12,2027-01",
                "3004 2026-11-01 2026-12-31 2026-11,2026-12,2027-01");
    }

    @Test
    void reviewDecisionsAreTakenOnceAndReportedInTheNextPremiumRun() throws Exception {
        assertThat(lijstSeptember).startsWith("run,unit,");
        assertThat(lijstSeptember.lines().count()).isEqualTo(2);
        assertThat(lijstSeptember).contains(",000000000001002,").contains("BR191 INTERNE_BEOORDELING");
        assertThat(afgekeurdNogmaals).contains("already decided: REJECTED by M. de Boer");
        assertThat(Files.readString(notas.get(YearMonth.of(2026, 10)).resolve("run.json")))
                .contains("\"unit\" : \"" + goedgekeurd + "\"").contains("\"besluit\" : \"APPROVED\"");
        assertThat(Files.readString(notas.get(YearMonth.of(2026, 12)).resolve("run.json")))
                .contains("\"unit\" : \"" + afgekeurd + "\"").contains("\"regel\" : \"28\"")
                .contains("\"reden\" : \"geboortedatum niet gewijzigd volgens werkgever\"");
        assertThat(Files.readString(notas.get(YearMonth.of(2026, 11)).resolve("run.json")))
                .contains("\"reviewDecisions\" : [ ]");
    }

    private List<CSVRecord> nota(String maand) throws Exception {
        return EngineFixture.csv(notas.get(YearMonth.parse(maand)).resolve("nota.csv"));
    }

    private static String sleutel(CSVRecord r) {
        return String.join("|", r.get("opdrachtgever"), r.get("aansluitnummer"), r.get("datumAanvangTijdvak"),
                r.get("productkeuze"), r.get("productvariant"));
    }

    @Test
    void correctionsOfEarlierMonthsAppearInTheNextNota() throws Exception {
        // April delivered again after May (Jansen's deeltijdfactor 0.9) shows in May's nota; October carries September's approved unit and the
        // withdrawn one; December carries nothing of November's rejected unit
        assertThat(nota("2026-05")).filteredOn(r -> r.get("soort").equals("CORRECTIE")).extracting(JaarIT::sleutel)
                .containsExactlyInAnyOrder("ABP|A1000|2026-04-01|AAOP|", "ABP|A1000|2026-04-01|OPNP|");
        assertThat(nota("2026-10")).filteredOn(r -> r.get("soort").equals("CORRECTIE")).extracting(JaarIT::sleutel)
                .containsExactlyInAnyOrder("ABP|A1000|2026-09-01|AAOP|", "ABP|A1000|2026-09-01|OPNP|");
        assertThat(nota("2026-12")).filteredOn(r -> r.get("soort").equals("CORRECTIE")).isEmpty();
        // December delivered again before January 2027's premium run changes no premium: Hendriks's December has the
        // amounts already stored, and the AE A1000 with Jansen's intrekking is refused (BR410)
        for (String m : List.of("2026-02", "2026-03", "2026-04", "2026-06", "2026-07", "2026-08", "2026-09", "2026-11",
                "2027-01")) {
            assertThat(nota(m)).as(m).allSatisfy(r -> assertThat(r.get("soort")).isEqualTo("PERIODE"));
        }
    }

    @Test
    void everyNotaContinuesWhereThePreviousLeftOffAndTheLastMatchesTheStand() throws Exception {
        // per key: what a nota calls eerderGemeld is what the previous nota of that key reported as nu, so every
        // difference is reported once; after the last nota the ledger equals the stand
        Map<String, BigDecimal[]> gemeld = new HashMap<>();
        for (YearMonth m : notas.keySet()) {
            for (CSVRecord r : EngineFixture.csv(notas.get(m).resolve("nota.csv"))) {
                BigDecimal[] vorig = gemeld.getOrDefault(sleutel(r), new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                assertThat(new BigDecimal(r.get("premieEerderGemeld"))).as(m + " " + sleutel(r))
                        .isEqualByComparingTo(vorig[1]);
                assertThat(new BigDecimal(r.get("grondslagEerderGemeld"))).isEqualByComparingTo(vorig[0]);
                assertThat(new BigDecimal(r.get("premieVerschil"))).isEqualByComparingTo(
                        new BigDecimal(r.get("premieNu")).subtract(vorig[1]));
                gemeld.put(sleutel(r), new BigDecimal[]{new BigDecimal(r.get("grondslagNu")),
                        new BigDecimal(r.get("premieNu"))});
            }
        }
        Map<String, BigDecimal> stand = new HashMap<>();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data); Connection c = DriverManager.getConnection(db.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CONCAT_WS('|', opdrachtgever, aansluitnummer, tijdvak_aanvang,"
                     + " productkeuze, COALESCE(productvariant, '')), SUM(premie_vastgesteld) FROM stand_pvp"
                     + " GROUP BY 1")) {
            while (rs.next()) {
                stand.put(rs.getString(1), rs.getBigDecimal(2));
            }
        }
        assertThat(stand).isNotEmpty();
        stand.forEach((k, premie) -> assertThat(gemeld.get(k)[1]).as(k).isEqualByComparingTo(premie));
        gemeld.forEach((k, v) -> assertThat(stand.getOrDefault(k, BigDecimal.ZERO)).as(k).isEqualByComparingTo(v[1]));
    }

    @Test
    void runningAPeriodeAgainGivesTheSameNota() throws Exception {
        Uitkomst nogmaals = lpg("premium-run", "--periode", "2026-05", "--peildatum", "2026-06-15");
        assertThat(nogmaals.exit()).isZero();
        assertThat(Files.readString(runDir(nogmaals).resolve("nota.csv")))
                .isEqualTo(Files.readString(notas.get(YearMonth.of(2026, 5)).resolve("nota.csv")));
    }
}
