package nl.lpg.rules.premie;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.Signaal;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.premie.PremieRegelFixture.eenheid;
import static nl.lpg.rules.premie.PremieRegelFixture.pvp;
import static nl.lpg.rules.premie.PremieRegelFixture.toets;
import static nl.lpg.rules.premie.PremieRegelFixture.voerUit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR165/BR170 "De aangeleverde grondslag moet gelijk zijn aan de berekende grondslag (te laag / te hoog)" and
 * BR168/BR171 the same for the premie, with relative and absolute margins from sheet Marges.
 * PFAB PPA (J): (Gemaximeerd productloon - franchise) * deeltijdfactor * periodefactor PVP / periodiciteit, franchise
 * 16000, maximum 137800; productloon 40000 gives (40000 - 16000) / 12 = 2000.00. PFAB PPAP (same, PREMIE, 20 %):
 * premie 2000.00 * 20 % = 400.00.
 */
class MargeControleTest {

    static Parameters params(String og) {
        TestParameters t = TestParameters.create().seededRegels();
        PremieRegelFixture.productvariant(t, og, "PPA", "J", "16000", "137800", "20", "GRONDSLAG");
        PremieRegelFixture.productvariant(t, og, "PPAP", "J", "16000", "137800", "20", "PREMIE");
        PremieRegelFixture.productvariant(t, og, "BEXC", "J", "16000", "137800", "20", "GRONDSLAG");
        PremieRegelFixture.productvariant(t, og, "VPL", "J", "16000", "137800", "20", "GRONDSLAG");
        // relative 1 % for the grondslag rules (1 % of 2000.00 = 20.00), absolute 1.00 for the premie rules
        PremieRegelFixture.marge(t, "165", og, "*", "1", null);
        PremieRegelFixture.marge(t, "170", og, "*", "1", null);
        PremieRegelFixture.marge(t, "168", "*", "*", null, "1.00");
        PremieRegelFixture.marge(t, "171", "*", "*", null, "1.00");
        return t.build();
    }

    static final Parameters PFAB = params("PFAB");

    static IkvEenheid grondslag(String og, String keuze, String aanvang, String verbijzondering, String aangeleverd) {
        return eenheid(og, keuze, verbijzondering, "1", pvp(aanvang, "40000", aangeleverd, null, null));
    }

    static IkvEenheid premie(String aangeleverd) {
        return eenheid("PFAB", "PPAP", "REG", "1", pvp("2026-01-01", "40000", null, aangeleverd, null));
    }

    @Test
    @DisplayName("The engine computes the example's grondslag as 2000.00 and its premie as 400.00, to the cent")
    void voorbeeld() {
        // by hand: (40000 - 16000) * 1 * 31/31 / 12 = 2000.00; premie 2000.00 * 20 % = 400.00. Without a Marges row
        // only the exact amounts pass, so these checks pin what the engine computed.
        TestParameters t = TestParameters.create();
        PremieRegelFixture.productvariant(t, "PFAB", "PPA", "J", "16000", "137800", "20", "GRONDSLAG");
        PremieRegelFixture.productvariant(t, "PFAB", "PPAP", "J", "16000", "137800", "20", "PREMIE");
        Parameters exact = t.build();
        assertThat(toets(new Br165AangeleverdeGrondslagTeLaag(), grondslag("PFAB", "PPA", "2026-01-01", "REG", "2000.00"), exact)).isEmpty();
        assertThat(toets(new Br170AangeleverdeGrondslagTeHoog(), grondslag("PFAB", "PPA", "2026-01-01", "REG", "2000.00"), exact)).isEmpty();
        assertThat(toets(new Br170AangeleverdeGrondslagTeHoog(), grondslag("PFAB", "PPA", "2026-01-01", "REG", "2000.01"), exact)).hasSize(1);
        assertThat(toets(new Br168AangeleverdePremieTeLaag(), premie("400.00"), exact)).isEmpty();
        assertThat(toets(new Br171AangeleverdePremieTeHoog(), premie("400.00"), exact)).isEmpty();
        assertThat(toets(new Br168AangeleverdePremieTeLaag(), premie("399.99"), exact)).hasSize(1);
    }

    @Test
    @DisplayName("BR165 te laag: 2000.00 - 1 % = 1980.00 passes, 1979.99 signals; a higher amount is not BR165's")
    void br165() {
        Br165AangeleverdeGrondslagTeLaag r = new Br165AangeleverdeGrondslagTeLaag();
        assertThat(toets(r, grondslag("PFAB", "PPA", "2026-01-01", "REG", "1980.00"), PFAB)).isEmpty();
        assertThat(toets(r, grondslag("PFAB", "PPA", "2026-01-01", "REG", "1979.99"), PFAB)).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("1979.99", "lager", "2000.00"));
        assertThat(toets(r, grondslag("PFAB", "PPA", "2026-01-01", "REG", "2500.00"), PFAB)).isEmpty();
        // a PREMIE product is not checked on its grondslag
        assertThat(toets(r, eenheid("PFAB", "PPAP", "REG", "1", pvp("2026-01-01", "40000", "1.00", "400.00", null)),
                PFAB)).isEmpty();
    }

    @Test
    @DisplayName("BR170 te hoog: 2000.00 + 1 % = 2020.00 passes, 2020.01 signals")
    void br170() {
        Br170AangeleverdeGrondslagTeHoog r = new Br170AangeleverdeGrondslagTeHoog();
        assertThat(toets(r, grondslag("PFAB", "PPA", "2026-01-01", "REG", "2020.00"), PFAB)).isEmpty();
        assertThat(toets(r, grondslag("PFAB", "PPA", "2026-01-01", "REG", "2020.01"), PFAB)).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("2020.01", "hoger"));
        assertThat(toets(r, grondslag("PFAB", "PPA", "2026-01-01", "REG", "1500.00"), PFAB)).isEmpty();
    }

    @Test
    @DisplayName("BR168 te laag / BR171 te hoog on the premie: 400.00 -/+ 1.00 passes, one cent beyond signals")
    void br168br171() {
        Br168AangeleverdePremieTeLaag laag = new Br168AangeleverdePremieTeLaag();
        Br171AangeleverdePremieTeHoog hoog = new Br171AangeleverdePremieTeHoog();
        assertThat(toets(laag, premie("399.00"), PFAB)).isEmpty();
        assertThat(toets(laag, premie("398.99"), PFAB)).hasSize(1);
        assertThat(toets(hoog, premie("401.00"), PFAB)).isEmpty();
        assertThat(toets(hoog, premie("401.01"), PFAB)).hasSize(1);
        assertThat(toets(laag, premie("401.01"), PFAB)).isEmpty();
        assertThat(toets(hoog, premie("398.99"), PFAB)).isEmpty();
    }

    @Test
    @DisplayName("Without a Marges row the amounts must be equal to the cent")
    void zonderMarge() {
        TestParameters t = TestParameters.create();
        PremieRegelFixture.productvariant(t, "PFAB", "PPA", "J", "16000", "137800", "20", "GRONDSLAG");
        Parameters p = t.build();
        assertThat(toets(new Br165AangeleverdeGrondslagTeLaag(), grondslag("PFAB", "PPA", "2026-01-01", "REG", "2000.00"), p)).isEmpty();
        assertThat(toets(new Br165AangeleverdeGrondslagTeLaag(), grondslag("PFAB", "PPA", "2026-01-01", "REG", "1999.99"), p)).hasSize(1);
    }

    @Test
    @DisplayName("'Vanaf 1-1-2019 wordt het product Beter Excedent (BEXC) niet uitgesloten van controle'")
    void bexc() {
        Br165AangeleverdeGrondslagTeLaag r = new Br165AangeleverdeGrondslagTeLaag();
        assertThat(toets(r, grondslag("PFAB", "BEXC", "2018-12-01", "REG", "1000.00"), PFAB)).isEmpty();
        assertThat(toets(r, grondslag("PFAB", "BEXC", "2019-01-01", "REG", "1000.00"), PFAB)).hasSize(1);
        assertThat(toets(new Br170AangeleverdeGrondslagTeHoog(),
                grondslag("PFAB", "BEXC", "2018-12-01", "REG", "3000.00"), PFAB)).isEmpty();
    }

    @Test
    @DisplayName("SPW: VPL and FLOW with verbijzondering OVW or LLR are not checked for a too low amount")
    void spwUitsluiting() {
        Parameters spw = params("SPW");
        Br165AangeleverdeGrondslagTeLaag laag = new Br165AangeleverdeGrondslagTeLaag();
        assertThat(toets(laag, grondslag("SPW", "VPL", "2026-01-01", "OVW", "1000.00"), spw)).isEmpty();
        assertThat(toets(laag, grondslag("SPW", "VPL", "2026-01-01", "LLR", "1000.00"), spw)).isEmpty();
        assertThat(toets(laag, grondslag("SPW", "VPL", "2026-01-01", "REG", "1000.00"), spw)).hasSize(1);
        assertThat(toets(new Br170AangeleverdeGrondslagTeHoog(),
                grondslag("SPW", "VPL", "2026-01-01", "OVW", "3000.00"), spw)).hasSize(1);
    }

    @Test
    @DisplayName("Seeded: BR165/168 Verwerkbaar and BR170/171 Onwaarschijnlijk for PFAB; not for ABP")
    void toepasbaarheid() {
        assertThat(voerUit(new Br165AangeleverdeGrondslagTeLaag(), grondslag("PFAB", "PPA", "2026-01-01", "REG", "1000.00"), PFAB))
                .singleElement().extracting(Signaal::aard).isEqualTo(Aard.VERWERKBAAR);
        assertThat(voerUit(new Br170AangeleverdeGrondslagTeHoog(), grondslag("PFAB", "PPA", "2026-01-01", "REG", "3000.00"), PFAB))
                .singleElement().extracting(Signaal::aard).isEqualTo(Aard.ONWAARSCHIJNLIJK);
        assertThat(voerUit(new Br168AangeleverdePremieTeLaag(), premie("300.00"), PFAB))
                .singleElement().extracting(Signaal::aard).isEqualTo(Aard.VERWERKBAAR);
        assertThat(voerUit(new Br171AangeleverdePremieTeHoog(), premie("500.00"), PFAB))
                .singleElement().extracting(Signaal::aard).isEqualTo(Aard.ONWAARSCHIJNLIJK);
        Parameters abp = params("ABP");
        assertThat(voerUit(new Br165AangeleverdeGrondslagTeLaag(), grondslag("ABP", "PPA", "2026-01-01", "REG", "1000.00"), abp))
                .isEmpty();
        assertThat(LocalDate.of(2019, 1, 1)).isEqualTo(MargeControle.BEXC_GECONTROLEERD_VANAF);
    }
}
