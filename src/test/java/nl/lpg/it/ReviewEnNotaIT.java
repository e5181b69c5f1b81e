package nl.lpg.it;

import nl.lpg.batch.ProcessRunner;
import nl.lpg.premium.PremieRun;
import nl.lpg.review.BesluitGeweigerd;
import nl.lpg.review.GehoudenEenheid;
import nl.lpg.review.Review;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Review decisions and the premium ledger on the two example months plus two small deliveries built from February's
 * A3000 AE (PFAB, BR20 Interne beoordeling holds it): a held unit replaced by a later delivery cannot be approved,
 * a rejection records BR28, approved intrekkingen (BR30's unit) and an approved IKV reach the stand, and every
 * correction shows in exactly one nota.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewEnNotaIT {

    @TempDir
    static Path out;
    @TempDir
    static Path werk;
    EngineFixture f;
    Review review;
    ProcessRunner.Uitkomst januari;
    ProcessRunner.Uitkomst februari;
    Path notaJanuari;
    Path notaFebruari;

    @BeforeAll
    void start() throws Exception {
        f = new EngineFixture("reviewnota");
        review = f.context.getBean(Review.class);
        januari = f.verwerk(EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml"), out);
        notaJanuari = premieRun("2026-01");
        februari = f.verwerk(EngineFixture.EXAMPLES.resolve("2026-02-levering-L001.xml"), out);
        notaFebruari = premieRun("2026-02");
    }

    @AfterAll
    void sluit() {
        f.close();
    }

    private Path premieRun(String periode) {
        return f.context.getBean(PremieRun.class).voerUit(YearMonth.parse(periode), out, LocalDate.of(2026, 5, 15));
    }

    private ProcessRunner.Uitkomst verwerk(String naam, String xml) throws Exception {
        Path p = werk.resolve(naam);
        Files.writeString(p, xml);
        return f.context.getBean(ProcessRunner.class).verwerk(p, EngineFixture.PARAMETERS, out, LocalDate.of(2026, 5, 15));
    }

    /** February's A3000 AE for another delivery: its loonheffingennummer, period and body as given. */
    static String levering(String periode, int volgnummer, String aanmaak, String aeBlok) {
        StringBuilder cal = new StringBuilder();
        Matcher m = Pattern.compile("<collectieveAangifte (.*?)/>").matcher(aeBlok);
        while (m.find()) {
            cal.append("<collectieveAangifteLevering ").append(m.group(1)).append("/>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<levering xmlns=\"urn:lpg:levering:1\" nummerLeverancier=\"L001\""
                + " periodeLevering=\"" + periode + "\" volgnummer=\"" + volgnummer + "\" aanmaak=\"" + aanmaak
                + "\" soort=\"R\">\n" + aeBlok + cal + "</levering>\n";
    }

    static String februariA3000() throws Exception {
        String feb = Files.readString(EngineFixture.EXAMPLES.resolve("2026-02-levering-L001.xml"));
        int van = feb.indexOf("<administratieveEenheid aansluitnummer=\"A3000\"");
        int tot = feb.indexOf("</administratieveEenheid>", van) + "</administratieveEenheid>\n".length();
        return feb.substring(van, tot);
    }

    private static List<String> nota(Path dir) throws Exception {
        return EngineFixture.csv(dir.resolve("nota.csv")).stream()
                .map(r -> String.join(" ", r.get("aansluitnummer"), r.get("datumAanvangTijdvak"), r.get("productkeuze"),
                        r.get("soort"), r.get("premieEerderGemeld"), r.get("premieNu"), r.get("premieVerschil")))
                .toList();
    }

    @Test
    @Order(1)
    void theFirstNotaReportsTheMonthItselfWithNothingBefore() throws Exception {
        assertThat(nota(notaJanuari)).contains("A1000 2026-01-01 OPNP PERIODE 0.00 3599.26 3599.26")
                .allSatisfy(r -> assertThat(r).contains(" PERIODE 0.00 "));
        assertThat(EngineFixture.csv(notaJanuari.resolve("nota.csv"))).hasSize(
                EngineFixture.csv(notaJanuari.resolve("totals.csv")).size());
    }

    @Test
    @Order(2)
    void februarysNotaCarriesJanuarysCorrectionsOnce() throws Exception {
        List<String> rijen = nota(notaFebruari);
        // P102's January loontijdvak withdrawn in February (101.58 + 216.70 refunded); BOUW's second four-weekly
        // tijdvak starts in January and was not in January's nota
        assertThat(rijen).contains("A1000 2026-01-01 OPNP CORRECTIE 3599.26 3280.98 -318.28",
                "A2000 2026-01-29 PP CORRECTIE 0.00 612.59 612.59");
        assertThat(rijen.stream().filter(r -> r.contains(" 2026-02-")).toList()).allSatisfy(r -> assertThat(r)
                .contains(" PERIODE 0.00 "));
    }

    @Test
    @Order(3)
    void reviewListsTheHeldUnitWithItsRuleAndMelding() {
        List<GehoudenEenheid> open = review.lijst(false);
        assertThat(open).hasSize(1);
        GehoudenEenheid u = open.get(0);
        assertThat(u.run()).isEqualTo(februari.runId());
        assertThat(u.unit()).startsWith(februari.runId() + ":ikv:");
        assertThat(u.personeelsnummer()).isEqualTo("000000000000300");
        assertThat(u.regels()).isEqualTo("165 20");
        assertThat(u.meldingen()).contains("BR20 INTERNE_BEOORDELING:");
    }

    @Test
    @Order(4)
    void aHeldUnitWhoseLoontijdvakALaterDeliveryReplacedCannotBeApproved() throws Exception {
        String unit = review.lijst(false).get(0).unit();
        ProcessRunner.Uitkomst opnieuw = verwerk("2026-02-v2.xml", levering("2026-02", 2, "2026-03-05T09:00:00",
                februariA3000().replace("999999999L01", "345678901L01")));
        assertThat(f.count("SELECT COUNT(*) FROM run_unit WHERE run_id = ? AND status = 'ACCEPTED'", opnieuw.runId()))
                .isEqualTo(1);
        assertThatThrownBy(() -> review.keurGoed(unit, "M. de Boer", "RSIN gecontroleerd"))
                .isInstanceOf(BesluitGeweigerd.class).hasMessageContaining("already replaced by a later delivery")
                .hasMessageContaining("L001/2026-02/2");
        review.keurAf(unit, "M. de Boer", "vervangen door levering 2");
        assertThat(f.jdbc.queryForObject("SELECT regel FROM review_besluit WHERE unit = ?", String.class, unit))
                .isEqualTo("28");
        assertThatThrownBy(() -> review.keurAf(unit, "J. Smit", "nogmaals"))
                .isInstanceOf(BesluitGeweigerd.class).hasMessageContaining("already decided: REJECTED by M. de Boer");
        assertThat(review.lijst(false)).isEmpty();
        assertThat(review.lijst(true)).singleElement().satisfies(e -> assertThat(e.besluit()).isEqualTo("REJECTED"));
    }

    @Test
    @Order(5)
    void anApprovedIkvReachesTheStandAsAnAcceptedOneWould() throws Exception {
        String maart = februariA3000().replace("2026-02-01", "2026-03-01").replace("2026-02-28", "2026-03-31");
        ProcessRunner.Uitkomst r = verwerk("2026-03.xml", levering("2026-03", 1, "2026-04-02T09:00:00", maart));
        String unit = r.runId() + ":ikv:1";
        assertThat(review.lijst(false)).extracting(GehoudenEenheid::unit).containsExactly(unit);
        review.keurGoed(unit, "M. de Boer", "RSIN klopt");
        assertThat(f.jdbc.queryForList("SELECT CAST(tijdvak_aanvang AS CHAR) FROM stand_ikp"
                + " WHERE personeelsnummer = '000000000000300' ORDER BY 1", String.class))
                .containsExactly("2026-01-01", "2026-02-01", "2026-03-01");
        // as the stand step does it: the run's calculations, the delivery's key, its signals administered
        assertThat(f.count("SELECT COUNT(*) FROM stand_pvp WHERE personeelsnummer = '000000000000300'"
                + " AND tijdvak_aanvang = '2026-03-01' AND levering_sleutel = 'L001/2026-03/1'"
                + " AND premie_vastgesteld IS NOT NULL")).isEqualTo(2);
        assertThat(f.count("SELECT COUNT(*) FROM stand_signaal WHERE run_id = ? AND regel = '165'", r.runId()))
                .isEqualTo(1);
        assertThatThrownBy(() -> review.keurGoed(unit, "J. Smit", "nogmaals"))
                .isInstanceOf(BesluitGeweigerd.class).hasMessageContaining("already decided: APPROVED");
    }

    @Test
    @Order(6)
    void marchsNotaReportsTheMonthAndFebruarysCorrectionWithTheDecisions() throws Exception {
        Path maart = premieRun("2026-03");
        assertThat(nota(maart)).containsExactly(
                "A3000 2026-02-01 PPA CORRECTIE 0.00 490.00 490.00",
                "A3000 2026-02-01 SFA CORRECTIE 0.00 26.00 26.00",
                "A3000 2026-03-01 PPA PERIODE 0.00 490.00 490.00",
                "A3000 2026-03-01 SFA PERIODE 0.00 26.00 26.00");
        String json = Files.readString(maart.resolve("run.json"));
        assertThat(json).contains("\"besluit\" : \"REJECTED\"").contains("\"regel\" : \"28\"")
                .contains("\"besluit\" : \"APPROVED\"").contains("\"door\" : \"M. de Boer\"")
                .contains("\"reden\" : \"RSIN klopt\"");
        assertThat(Pattern.compile("\"unit\"").matcher(json).results().count()).isEqualTo(2);
    }

    /** An AE of only intrekkingen (BR290: the IKV as a whole), held by BR20 (and BR96: 300% of 1 IKV). */
    private static String alleenIntrekkingen(String periode, String... ltvs) {
        YearMonth m = YearMonth.parse(periode);
        StringBuilder sb = new StringBuilder("<administratieveEenheid aansluitnummer=\"A3000\" opdrachtgever=\"PFAB\""
                + " periodiciteit=\"MAAND\" datumAanvangTijdvak=\"" + m.atDay(1) + "\" datumEindeTijdvak=\""
                + m.atEndOfMonth() + "\" loonheffingennummer=\"999999999L01\">\n");
        for (String ltv : ltvs) {
            sb.append("<intrekking personeelsnummer=\"000000000000300\" nummerInkomstenverhouding=\"1\""
                    + " datumAanvangInkomstenperiode=\"").append(ltv).append("\" bsn=\"100000009\"/>\n");
        }
        return sb.append("</administratieveEenheid>\n").toString();
    }

    @Test
    @Order(7)
    void heldIntrekkingenAreApprovedOrRejectedWithBr30() throws Exception {
        ProcessRunner.Uitkomst a = verwerk("2026-04-1.xml", levering("2026-04", 1, "2026-05-02T09:00:00",
                alleenIntrekkingen("2026-04", "2026-01-01", "2026-02-01", "2026-03-01")));
        ProcessRunner.Uitkomst b = verwerk("2026-04-2.xml", levering("2026-04", 2, "2026-05-03T09:00:00",
                alleenIntrekkingen("2026-04", "2026-01-01", "2026-02-01", "2026-03-01")));
        List<GehoudenEenheid> open = review.lijst(false);
        assertThat(open).extracting(GehoudenEenheid::unit).containsExactly(a.runId() + ":intrekkingen:1",
                b.runId() + ":intrekkingen:1");
        assertThat(open.get(0).soort()).isEqualTo("INTREKKINGEN");
        assertThat(open.get(0).regels()).isEqualTo("20 96");

        review.keurGoed(a.runId() + ":intrekkingen:1", "M. de Boer", "nooit in dienst geweest");
        review.keurAf(b.runId() + ":intrekkingen:1", "M. de Boer", "dubbel ingezonden");
        assertThat(f.count("SELECT COUNT(*) FROM stand_ikp WHERE personeelsnummer = '000000000000300'")).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM stand_intrekking WHERE run_id = ?", a.runId())).isEqualTo(3);
        assertThat(f.count("SELECT COUNT(*) FROM stand_intrekking WHERE run_id = ?", b.runId())).isZero();
        assertThat(f.jdbc.queryForObject("SELECT regel FROM review_besluit WHERE unit = ?", String.class,
                b.runId() + ":intrekkingen:1")).isEqualTo("30");
    }

    @Test
    @Order(8)
    void aprilsNotaRefundsTheWithdrawnMonthsOnceAndRunningItAgainGivesTheSameNota() throws Exception {
        Path april = premieRun("2026-04");
        assertThat(nota(april)).containsExactly(
                "A3000 2026-01-01 PPA CORRECTIE 551.54 0.00 -551.54",
                "A3000 2026-01-01 SFA CORRECTIE 26.00 0.00 -26.00",
                "A3000 2026-02-01 PPA CORRECTIE 490.00 0.00 -490.00",
                "A3000 2026-02-01 SFA CORRECTIE 26.00 0.00 -26.00",
                "A3000 2026-03-01 PPA CORRECTIE 490.00 0.00 -490.00",
                "A3000 2026-03-01 SFA CORRECTIE 26.00 0.00 -26.00");
        assertThat(Pattern.compile("\"unit\"").matcher(Files.readString(april.resolve("run.json"))).results().count())
                .isEqualTo(2);
        Path nogmaals = premieRun("2026-04");
        assertThat(nogmaals).isNotEqualTo(april);
        assertThat(Files.readString(nogmaals.resolve("nota.csv"))).isEqualTo(Files.readString(april.resolve("nota.csv")));
        assertThat(Files.readString(nogmaals.resolve("run.json"))).contains("\"notaRunId\" : \"" + april.getFileName());
        List<CSVRecord> mei = EngineFixture.csv(premieRun("2026-05").resolve("nota.csv"));
        assertThat(mei).isEmpty();
    }
}
