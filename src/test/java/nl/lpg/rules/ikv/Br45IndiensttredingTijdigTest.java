package nl.lpg.rules.ikv;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.stand.StandView;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("BR45: een indiensttreding moet tijdig aangeleverd worden (niet bij een werkgeversbetaling)")
class Br45IndiensttredingTijdigTest {

    private final Parameters p = TestParameters.create().seededRegels()
            .opdrachtgever("ABP", LocalDate.of(2015, 1, 1), "1.6000")
            .row("TijdigheidAanlevering", "opdrachtgever", "ABP", "periodiciteit", "MAAND",
                    "aantalDagenTijdigheid", 30)
            .row("SoortInkomstenverhouding", "soortInkomstenverhouding", "15")
            .row("SoortInkomstenverhouding", "soortInkomstenverhouding", "63", "werkgeversbetaling", Boolean.TRUE)
            .build();
    private final Br45IndiensttredingTijdig regel = new Br45IndiensttredingTijdig();

    /** Aanvang IKV 2026-01-01: the loontijdvak ends 2026-01-31, so the deadline is 2026-03-02. */
    private IkvContext ctx(String aanmaak, Ikv ikv, StandView stand) {
        Levering l = new Levering("L001", YearMonth.of(2026, 1), 1, LocalDateTime.parse(aanmaak + "T10:00"), "R");
        return new IkvContext(new IkvEenheid(1, l, Units.ae("ABP"), ikv.build()), stand, p, null, PEILDATUM);
    }

    @Test
    void teLaat() {
        IkvContext c = ctx("2026-03-03", ikv(ikp()).aanvang("2026-01-01"), StandView.LEEG);
        assertThat(signalen(regel, c)).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK);
            assertThat(s.melding()).contains("2026-03-02", "2026-03-03");
        });
    }

    @Test
    void opDeUitersteDatum() {
        assertThat(regel.toets(ctx("2026-03-02", ikv(ikp()).aanvang("2026-01-01"), StandView.LEEG))).isEmpty();
    }

    @Test
    void werkgeversbetalingOfBestaandeIkv() {
        assertThat(regel.toets(ctx("2026-06-01", ikv(ikp().soort("63")).aanvang("2026-01-01"), StandView.LEEG)))
                .isEmpty();
        StandView stand = (og, a, pnr, nr) -> List.of(new StandView.StandIkp(d("2026-01-01"), null,
                d("2026-01-01"), d("2026-01-31"), "WNE"));
        assertThat(regel.toets(ctx("2026-06-01", ikv(ikp()).aanvang("2026-01-01"), stand))).isEmpty();
    }

    @Test
    void vanafConversiedatum() {
        // an IKV from 2010 is measured from the conversiedatum 2015-01-01 (deadline 2015-03-02)
        assertThat(regel.toets(ctx("2026-02-01", ikv(ikp("2015-01-01")).aanvang("2010-01-01"), StandView.LEEG)))
                .hasSize(1);
    }

    @Test
    void aanvangNietInDezeLevering() {
        // IKV since 2020, only a 2026 IKP delivered and no history in the stand: not a new indiensttreding now
        assertThat(regel.toets(ctx("2026-02-01", ikv(ikp()).aanvang("2020-01-01"), StandView.LEEG))).isEmpty();
    }
}
