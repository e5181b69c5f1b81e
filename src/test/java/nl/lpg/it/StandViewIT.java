package nl.lpg.it;

import nl.lpg.stand.JdbcStandView;
import nl.lpg.stand.StandView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand as the administration's memory (issue 9), on a real MariaDB: after the two example months the view read
 * per chunk holds the IKV as last accepted with its natuurlijk persoon, the IKPs with code meetelling and their PVPs
 * with productloon, the BSNs per personeelsnummer, the intrekkingen applied and the signals of applied units.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandViewIT {

    @TempDir
    static java.nio.file.Path out;
    EngineFixture f;

    @BeforeAll
    void verwerk() throws Exception {
        f = new EngineFixture("standview");
        f.verwerk(EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml"), out);
        f.verwerk(EngineFixture.EXAMPLES.resolve("2026-02-levering-L001.xml"), out);
    }

    @AfterAll
    void sluit() {
        f.close();
    }

    @Test
    void oneChunkReadsIkvPersonIkpsAndPvps() {
        JdbcStandView view = new JdbcStandView(f.jdbc);
        String pnr = "000000000000100";
        view.laad(List.of(new JdbcStandView.Sleutel("ABP", "A1000", pnr, "1", "111222333"),
                new JdbcStandView.Sleutel("ABP", "A1000", "000000000000102", "1", null)), LocalDate.of(2025, 1, 1));
        StandView.StandIkv ikv = view.inkomstenverhouding("ABP", "A1000", pnr, "1").orElseThrow();
        assertThat(ikv.aard()).isEqualTo("11");
        assertThat(ikv.datumAanvang()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(ikv.geboortedatum()).isEqualTo(LocalDate.of(1980, 5, 17));
        assertThat(ikv.bsn()).isEqualTo("111222333");
        assertThat(ikv.toString()).doesNotContain("111222333");
        assertThat(view.inkomstenverhoudingenVanPersoon("ABP", "111222333")).singleElement()
                .satisfies(i -> assertThat(i.personeelsnummer()).isEqualTo(pnr));
        assertThat(view.bsnsVanPersoneelsnummer("ABP", "A1000", pnr)).containsExactly("111222333");
        List<StandView.StandIkp> ikps = view.inkomstenperioden("ABP", "A1000", pnr, "1");
        assertThat(ikps).extracting(StandView.StandIkp::datumAanvang)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        assertThat(ikps.get(0).codeMeetelling()).isEqualTo("J");
        assertThat(ikps.get(0).soortLevering()).isEqualTo("R");
        assertThat(ikps.get(0).pvps()).extracting(StandView.StandPvp::productkeuze).contains("OPNP", "AAOP");
        assertThat(ikps.get(0).pvps().get(0).productloon()).isEqualByComparingTo("52000.00");
        // 000000000000102: January withdrawn in February, remembered as an intrekking applied
        assertThat(view.inkomstenperioden("ABP", "A1000", "000000000000102", "1")).isEmpty();
        assertThat(view.toegepasteIntrekkingen("ABP", "A1000", "000000000000102", "1"))
                .containsExactly(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aPersonKnownUnderAnotherAansluitingIsFoundWhenHisNewAansluitingIsNotOnTheStand() {
        // A9999 holds nothing on the stand, so its keys are not asked for; the person's IKVs of the same
        // opdrachtgever are (BR-rules on the natuurlijk persoon compare across aansluitingen)
        JdbcStandView view = new JdbcStandView(f.jdbc);
        view.laad(List.of(new JdbcStandView.Sleutel("ABP", "A9999", "7", "1", "111222333")), LocalDate.of(2025, 1, 1));
        assertThat(view.inkomstenverhouding("ABP", "A9999", "7", "1")).isEmpty();
        assertThat(view.bsnsVanPersoneelsnummer("ABP", "A9999", "7")).isEmpty();
        assertThat(view.inkomstenverhoudingenVanPersoon("ABP", "111222333")).singleElement()
                .satisfies(i -> assertThat(i.aansluitnummer()).isEqualTo("A1000"));
        // another opdrachtgever: nothing of it on the stand
        view.laad(List.of(new JdbcStandView.Sleutel("PFZW", "A1000", "000000000000100", "1", "111222333")),
                LocalDate.of(2025, 1, 1));
        assertThat(view.inkomstenverhoudingenVanPersoon("PFZW", "111222333")).isEmpty();
        assertThat(view.inkomstenverhouding("PFZW", "A1000", "000000000000100", "1")).isEmpty();
    }

    @Test
    void signalsOfAppliedUnitsAreKeptPerIkv() {
        // February: BR165 on 000000000000300 (held: not applied) and BR19 on its AE (not an IKV signal): the
        // administration keeps only IKV signals of applied units.
        assertThat(f.count("SELECT COUNT(*) FROM stand_signaal WHERE personeelsnummer = '000000000000300'")).isZero();
        JdbcStandView view = new JdbcStandView(f.jdbc);
        assertThat(view.aantalActueleIkvs("ABP", "A1000", LocalDate.of(2026, 2, 1))).isPositive();
    }
}
