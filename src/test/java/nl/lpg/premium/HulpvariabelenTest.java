package nl.lpg.premium;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static nl.lpg.premium.Fixture.bd;
import static nl.lpg.premium.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;

/** BR139, BR140, BR222-BR224, BR345, the periodiciteitsfactor, AOW peildata and the PFAB productloon. */
class HulpvariabelenTest {

    static final AdministratieveEenheid JAN = Fixture.januari("SPW");

    static Inkomstenperiode ikp(String aanvang, String einde) {
        return Fixture.ikp(aanvang, einde, "REG", "1", "1", "1");
    }

    @Test
    @DisplayName("Datum einde IKP: 1. datum einde IKP, 2. volgende IKP -1 dag, 3. datum einde IKV in het loontijdvak, 4. einde loontijdvak")
    void datumEindeIkp() {
        Inkomstenperiode metEinde = ikp("2026-01-01", "2026-01-10");
        Inkomstenperiode eerste = ikp("2026-01-01", null);
        Inkomstenperiode tweede = ikp("2026-01-20", null);
        Inkomstenverhouding ikv = Fixture.ikv("2020-01-01", eerste, tweede);
        assertThat(Periodefactoren.datumEindeIkp(JAN, Fixture.ikv("2020-01-01", metEinde), metEinde))
                .isEqualTo("2026-01-10");
        assertThat(Periodefactoren.datumEindeIkp(JAN, ikv, eerste)).isEqualTo("2026-01-19");
        Inkomstenverhouding beeindigd = new Inkomstenverhouding("P1", "1", "11", LocalDate.of(2020, 1, 1),
                LocalDate.of(2026, 1, 25), "X", null, List.of(tweede), nl.lpg.testsupport.Units.P);
        assertThat(Periodefactoren.datumEindeIkp(JAN, beeindigd, tweede)).isEqualTo("2026-01-25");
        assertThat(Periodefactoren.datumEindeIkp(JAN, ikv, tweede)).isEqualTo("2026-01-31");
        // a datum einde IKV after the loontijdvak does not count: step 4
        Inkomstenverhouding later = new Inkomstenverhouding("P1", "1", "11", LocalDate.of(2020, 1, 1),
                LocalDate.of(2026, 3, 1), "X", null, List.of(tweede), nl.lpg.testsupport.Units.P);
        assertThat(Periodefactoren.datumEindeIkp(JAN, later, tweede)).isEqualTo("2026-01-31");
    }

    @Test
    @DisplayName("BR139/BR222: SPW and PFAB divide calendar days of the IKP by calendar days of the loontijdvak")
    void periodefactorIkpKalenderdagen() {
        Inkomstenperiode i = ikp("2026-01-16", null);
        assertThat(Periodefactoren.periodefactorIkp(JAN, Fixture.ikv("2026-01-16", i), i))
                .isEqualByComparingTo(d("16", "31"));
        Inkomstenperiode vol = ikp("2026-02-01", null);
        AdministratieveEenheid feb = Fixture.ae("PFAB", Periodiciteit.MAAND, "2026-02-01", "2026-02-28");
        assertThat(Periodefactoren.periodefactorIkp(feb, Fixture.ikv("2020-01-01", vol), vol))
                .isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("BR139/BR223/BR224: Bouw counts working days Monday-Friday, holidays included")
    void periodefactorIkpWerkdagen() {
        // January 2026: 1 Jan is a Thursday; 22 working days. 16..31 Jan: Fri 16, 19-23, 26-30 = 11 working days.
        AdministratieveEenheid bouw = Fixture.januari("BOUW");
        assertThat(new Loontijdvak(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).werkdagen()).isEqualTo(22);
        Inkomstenperiode i = ikp("2026-01-16", null);
        assertThat(Periodefactoren.periodefactorIkp(bouw, Fixture.ikv("2026-01-16", i), i))
                .isEqualByComparingTo(d("11", "22"));
        assertThat(Loontijdvak.werkdagen(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 4))).isZero();
    }

    @Test
    @DisplayName("BR345: days of the PVP / calendar days of the month; PVP ends before the next PVP, at the PVV end or the IKP end")
    void periodefactorPvp() {
        PensioenVerzekeringPeriode a = Fixture.pvp("2026-01-01", "1", null, null, null, null, null);
        PensioenVerzekeringPeriode b = Fixture.pvp("2026-01-11", "1", null, null, null, null, null);
        PensioenVerzekeringVerhouding pvv = Fixture.pvv("OPNP", null, a, b);
        Inkomstenperiode i = Fixture.ikp("2026-01-01", null, "REG", "1", "1", "1", pvv);
        Inkomstenverhouding ikv = Fixture.ikv("2020-01-01", i);
        assertThat(Periodefactoren.datumEindePvp(JAN, ikv, i, pvv, a)).isEqualTo("2026-01-10");
        assertThat(Periodefactoren.periodefactorPvp(JAN, ikv, i, pvv, a)).isEqualByComparingTo(d("10", "31"));
        assertThat(Periodefactoren.periodefactorPvp(JAN, ikv, i, pvv, b)).isEqualByComparingTo(d("21", "31"));

        PensioenVerzekeringVerhouding beeindigd = new PensioenVerzekeringVerhouding("OPNP", null, null,
                LocalDate.of(2026, 1, 20), List.of(b), nl.lpg.testsupport.Units.P);
        assertThat(Periodefactoren.periodefactorPvp(JAN, ikv, i, beeindigd, b)).isEqualByComparingTo(d("10", "31"));

        Inkomstenperiode kort = Fixture.ikp("2026-01-01", "2026-01-05", "REG", "1", "1", "1", pvv);
        assertThat(Periodefactoren.periodefactorPvp(JAN, Fixture.ikv("2020-01-01", kort), kort, pvv, a))
                .isEqualByComparingTo(d("5", "31"));
    }

    @Test
    @DisplayName("360 days: a month counts 30 days, the 31st and the last day of February count as day 30")
    void dagen360() {
        assertThat(Loontijdvak.dagen360(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 31))).isEqualTo(15);
        assertThat(Loontijdvak.dagen360(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))).isEqualTo(30);
        assertThat(Loontijdvak.dagen360(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 28))).isEqualTo(15);
        assertThat(Loontijdvak.dagen360(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10))).isEqualTo(10);
    }

    @Test
    @DisplayName("Periodiciteitsfactor: MAAND 12, VIERWEKEN 13, KWARTAAL 4, HALFJAAR 2")
    void periodiciteitsfactor() {
        assertThat(Periodefactoren.periodiciteitsfactor(JAN)).isEqualTo(12);
        assertThat(Periodefactoren.periodiciteitsfactor(
                Fixture.ae("BOUW", Periodiciteit.VIERWEKEN, "2026-01-01", "2026-01-28"))).isEqualTo(13);
        assertThat(Periodefactoren.periodiciteitsfactor(
                Fixture.ae("BOUW", Periodiciteit.KWARTAAL, "2026-01-01", "2026-03-31"))).isEqualTo(4);
        assertThat(Periodefactoren.periodiciteitsfactor(
                Fixture.ae("BOUW", Periodiciteit.HALFJAAR, "2026-01-01", "2026-06-30"))).isEqualTo(2);
    }

    @Test
    @DisplayName("Loontijdvak of an earlier period: the month / quarter / 4 weeks holding the date")
    void loontijdvakVanEerderePeriode() {
        assertThat(Loontijdvak.van(JAN, LocalDate.of(2025, 11, 20)))
                .isEqualTo(new Loontijdvak(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30)));
        AdministratieveEenheid kw = Fixture.ae("BOUW", Periodiciteit.KWARTAAL, "2026-01-01", "2026-03-31");
        assertThat(Loontijdvak.van(kw, LocalDate.of(2025, 8, 3)))
                .isEqualTo(new Loontijdvak(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
        AdministratieveEenheid vw = Fixture.ae("BOUW", Periodiciteit.VIERWEKEN, "2026-01-05", "2026-02-01");
        assertThat(Loontijdvak.van(vw, LocalDate.of(2026, 1, 1)))
                .isEqualTo(new Loontijdvak(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 1, 4)));
    }

    @Test
    @DisplayName("BR140 SPW: 7,2 * 261 / 12 * periodefactor IKP, and * kalenderdagen / (360 / 12) for a broken period")
    void voltijdUrenSpw() {
        Parameters p = TestParameters.create().build();
        Inkomstenperiode vol = ikp("2026-01-01", null);
        assertThat(VoltijdUren.bereken(JAN, Fixture.ikv("2020-01-01", vol), vol, p).orElseThrow())
                .isEqualByComparingTo(bd("7.2").multiply(bd("261")).divide(bd("12"), Fixture.MC)); // 156.6
        Inkomstenperiode gebroken = ikp("2026-01-16", null);
        BigDecimal verwacht = bd("7.2").multiply(bd("261")).divide(bd("12"), Fixture.MC)
                .multiply(d("16", "31")).multiply(d(bd("31"), d("360", "12")));
        assertThat(VoltijdUren.bereken(JAN, Fixture.ikv("2026-01-16", gebroken), gebroken, p).orElseThrow())
                .isEqualByComparingTo(verwacht.round(Fixture.MC)); // = 156.6 * 16 / 30 = 83.52
        assertThat(verwacht.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("83.52");
    }

    @Test
    @DisplayName("BR140 Bouw: norm uren per dag * norm dagen per jaar from CaoParameters; code meetelling Nee gives 0")
    void voltijdUrenBouw() {
        Parameters p = TestParameters.create().row("CaoParameters", "opdrachtgever", "BOUW", "codeCao", "CAO1",
                "normUrenPerDag", "8", "normDagenPerJaar", "260").build();
        AdministratieveEenheid bouw = Fixture.januari("BOUW");
        Inkomstenperiode i = ikp("2026-01-16", null);
        assertThat(VoltijdUren.bereken(bouw, Fixture.ikv("2026-01-16", i), i, p).orElseThrow())
                .isEqualByComparingTo(bd("8").multiply(bd("260")).divide(bd("12"), Fixture.MC)
                        .multiply(d("11", "22"), Fixture.MC));
        Inkomstenperiode nee = new Inkomstenperiode(LocalDate.of(2026, 1, 1), null, "REG", "N", BigDecimal.ONE, null,
                null, "CAO1", null, null, List.of(), List.of(), nl.lpg.testsupport.Units.P);
        assertThat(VoltijdUren.bereken(bouw, Fixture.ikv("2020-01-01", nee), nee, p).orElseThrow()).isZero();
        Inkomstenperiode onbekend = new Inkomstenperiode(LocalDate.of(2026, 1, 1), null, "REG", "J", BigDecimal.ONE,
                null, null, "ANDERS", null, null, List.of(), List.of(), nl.lpg.testsupport.Units.P);
        assertThat(VoltijdUren.bereken(bouw, Fixture.ikv("2020-01-01", onbekend), onbekend, p)).isEmpty();
    }

    @Test
    @DisplayName("Peildatum AOW-leeftijd (+5 jaar): first day of the month of reaching the AOW age from sheet AowLeeftijd")
    void aowPeildata() {
        Parameters p = TestParameters.create()
                .row("AowLeeftijd", "geboortedatumVan", LocalDate.of(1959, 1, 1), "geboortedatumTot",
                        LocalDate.of(1959, 12, 31), "jaren", 67, "maanden", 0)
                .row("AowLeeftijd", "geboortedatumVan", LocalDate.of(1958, 1, 1), "geboortedatumTot",
                        LocalDate.of(1958, 12, 31), "jaren", 66, "maanden", 10).build();
        LocalDate gb = LocalDate.of(1959, 5, 17);
        assertThat(AowPeildata.datumAowLeeftijd(gb, p)).contains(LocalDate.of(2026, 5, 17));
        assertThat(AowPeildata.peildatumAowLeeftijd(gb, p)).contains(LocalDate.of(2026, 5, 1));
        assertThat(AowPeildata.peildatumAowLeeftijdPlus5(gb, p)).contains(LocalDate.of(2031, 5, 1));
        // 1958-03-10 + 66 years 10 months = 2025-01-10
        assertThat(AowPeildata.peildatumAowLeeftijd(LocalDate.of(1958, 3, 10), p)).contains(LocalDate.of(2025, 1, 1));
        assertThat(AowPeildata.peildatumAowLeeftijd(LocalDate.of(1990, 1, 1), p)).isEmpty();
    }

    @Test
    @DisplayName("PFAB productloon = vast maandsalaris * (12 * (1 + percentage vakantietoeslag / 100)) + persoonlijke toeslag")
    void pfabProductloon() {
        // 3000 * (12 * 1.08) + 1200 = 38880 + 1200 = 40080
        assertThat(PfabProductloon.bereken(bd("3000"), bd("8"), bd("1200")))
                .isEqualByComparingTo(bd("3000").multiply(bd("12").multiply(bd("1.08"))).add(bd("1200")));
        assertThat(PfabProductloon.bereken(bd("3000"), bd("8"), null)).isEqualByComparingTo("38880");
        Parameters p = TestParameters.create().row("CaoParameters", "opdrachtgever", "PFAB", "codeCao", "PFAB",
                "percentageVakantietoeslag", "8.33").build();
        // 2500 * 12 * 1.0833 = 32499
        assertThat(PfabProductloon.bereken(p, "PFAB", LocalDate.of(2026, 1, 1), bd("2500"), null).orElseThrow())
                .isEqualByComparingTo(bd("2500").multiply(bd("12")).multiply(bd("1.0833")));
        assertThat(PfabProductloon.bereken(p, "ANDERS", LocalDate.of(2026, 1, 1), bd("2500"), null)).isEmpty();
    }
}
