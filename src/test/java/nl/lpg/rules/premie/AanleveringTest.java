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

/** BR243, BR244, BR248 (what must or need not be delivered) and BR312, BR316 (premie after the AOW peildatum). */
class AanleveringTest {

    static Parameters params() {
        TestParameters t = TestParameters.create().seededRegels();
        for (String og : new String[]{"ABP", "PFAB", "SCHOONMAAK"}) {
            PremieRegelFixture.productvariant(t, og, "OPNP", "Q", "17545", "137800", "7.50", "GRONDSLAG");
            PremieRegelFixture.productvariant(t, og, "VPL", "O", null, null, "3.10", "PREMIE");
            PremieRegelFixture.productvariant(t, og, "PPP", "Q", "17545", "137800", "2.00", "BEIDE");
            PremieRegelFixture.productvariant(t, og, "ANW", "O", null, null, "0.50", "GEEN");
        }
        t.row("PeildatumAow", "opdrachtgever", "ABP", "productkeuze", "OPNP", "soortPeildatum", "AOW",
                "ingang", LocalDate.of(2015, 1, 1));
        t.row("PeildatumAow", "opdrachtgever", "ABP", "productkeuze", "VPL", "soortPeildatum", "AOW_PLUS_5",
                "ingang", LocalDate.of(2015, 1, 1));
        t.row("AowLeeftijd", "geboortedatumVan", LocalDate.of(1959, 1, 1), "geboortedatumTot",
                LocalDate.of(1959, 12, 31), "jaren", 67, "maanden", 0);
        t.row("AowLeeftijd", "geboortedatumVan", LocalDate.of(1954, 1, 1), "geboortedatumTot",
                LocalDate.of(1954, 12, 31), "jaren", 66, "maanden", 4);
        return t.build();
    }

    static final Parameters P = params();

    static IkvEenheid pvpVan(String og, String keuze, String grondslag, String premie) {
        return eenheid(og, keuze, "REG", "1", pvp("2026-01-01", "60000", grondslag, premie, "100"));
    }

    @Test
    @DisplayName("BR243: voor producten met berekeningsbasis grondslag (ABP OP/NP, AAOP) is de premiegrondslag verplicht")
    void br243() {
        Br243PremiegrondslagMoetAangeleverd r = new Br243PremiegrondslagMoetAangeleverd();
        assertThat(toets(r, pvpVan("ABP", "OPNP", null, null), P)).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("OPNP", "premiegrondslag"));
        assertThat(toets(r, pvpVan("ABP", "OPNP", "0.00", null), P)).isEmpty();
        assertThat(toets(r, pvpVan("ABP", "PPP", null, "10.00"), P)).hasSize(1);
        assertThat(toets(r, pvpVan("ABP", "VPL", null, "10.00"), P)).isEmpty();
        // "Altijd": seeded with * Onverwerkbaar
        assertThat(voerUit(r, pvpVan("SCHOONMAAK", "OPNP", null, null), P)).singleElement()
                .extracting(Signaal::aard).isEqualTo(Aard.ONVERWERKBAAR);
    }

    @Test
    @DisplayName("BR244: voor producten met berekeningsbasis premie (ABP VPL, PPP) is de premie verplicht; ABP, PWRI, Bouw, SPW, PFAB")
    void br244() {
        Br244PremieMoetAangeleverd r = new Br244PremieMoetAangeleverd();
        assertThat(toets(r, pvpVan("ABP", "VPL", null, null), P)).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("VPL", "premie"));
        assertThat(toets(r, pvpVan("ABP", "PPP", "100.00", null), P)).hasSize(1);
        assertThat(toets(r, pvpVan("ABP", "VPL", null, "0.00"), P)).isEmpty();
        assertThat(toets(r, pvpVan("ABP", "OPNP", "100.00", null), P)).isEmpty();
        assertThat(voerUit(r, pvpVan("ABP", "VPL", null, null), P)).singleElement()
                .extracting(Signaal::aard).isEqualTo(Aard.ONVERWERKBAAR);
        assertThat(voerUit(r, pvpVan("SCHOONMAAK", "VPL", null, null), P)).isEmpty();
    }

    @Test
    @DisplayName("BR248: premie hoeft niet aangeleverd te worden maar is groter dan 0 aangeleverd: PFAB Onwaarschijnlijk")
    void br248() {
        Br248PremieHoeftNietAangeleverd r = new Br248PremieHoeftNietAangeleverd();
        assertThat(toets(r, pvpVan("PFAB", "OPNP", "100.00", "7.50"), P)).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("7.50"));
        assertThat(toets(r, pvpVan("PFAB", "ANW", null, "0.01"), P)).hasSize(1);
        assertThat(toets(r, pvpVan("PFAB", "OPNP", "100.00", "0.00"), P)).isEmpty();
        assertThat(toets(r, pvpVan("PFAB", "VPL", null, "7.50"), P)).isEmpty();
        assertThat(voerUit(r, pvpVan("PFAB", "OPNP", "100.00", "7.50"), P)).singleElement()
                .extracting(Signaal::aard).isEqualTo(Aard.ONWAARSCHIJNLIJK);
        assertThat(voerUit(r, pvpVan("ABP", "OPNP", "100.00", "7.50"), P)).isEmpty();
    }

    static IkvEenheid aow(String keuze, String aanvang, String grondslag, String premie, LocalDate geboortedatum) {
        return eenheid("ABP", keuze, "REG", "1", pvp(aanvang, "60000", grondslag, premie, "100"), geboortedatum);
    }

    @Test
    @DisplayName("BR316: datum aanvang PVP >= peildatum AOW-leeftijd (1e dag van de maand) en premiegrondslag en/of premie gevuld")
    void br316() {
        // born 1959-05-17, AOW age 67: 2026-05-17, peildatum 2026-05-01
        LocalDate gb = LocalDate.of(1959, 5, 17);
        Br316PremieNaAowLeeftijd r = new Br316PremieNaAowLeeftijd();
        assertThat(toets(r, aow("OPNP", "2026-05-01", "3000.00", null, gb), P)).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("2026-05-01", "AOW-leeftijd"));
        assertThat(toets(r, aow("OPNP", "2026-04-01", "3000.00", null, gb), P)).isEmpty();
        assertThat(toets(r, aow("OPNP", "2026-06-01", null, "10.00", gb), P)).hasSize(1);
        assertThat(toets(r, aow("OPNP", "2026-06-01", null, null, gb), P)).isEmpty();
        assertThat(toets(r, aow("OPNP", "2026-06-01", "0.00", "0.00", gb), P)).isEmpty();
        // VPL has the +5 peildatum, not this one
        assertThat(toets(r, aow("VPL", "2026-06-01", null, "10.00", gb), P)).isEmpty();
        assertThat(voerUit(r, aow("OPNP", "2026-05-01", "3000.00", null, gb), P)).singleElement()
                .extracting(Signaal::aard).isEqualTo(Aard.ONVERWERKBAAR);
    }

    @Test
    @DisplayName("BR312: datum aanvang PVP >= peildatum AOW-leeftijd plus 5 jaar en premiegrondslag en/of premie gevuld")
    void br312() {
        // born 1954-03-10, AOW age 66 years 4 months: 2020-07-10; + 5 years: 2025-07-10, peildatum 2025-07-01
        LocalDate gb = LocalDate.of(1954, 3, 10);
        Br312PremieNaAowLeeftijdPlus5 r = new Br312PremieNaAowLeeftijdPlus5();
        assertThat(toets(r, aow("VPL", "2025-07-01", null, "10.00", gb), P)).hasSize(1);
        assertThat(toets(r, aow("VPL", "2025-06-01", null, "10.00", gb), P)).isEmpty();
        assertThat(toets(r, aow("OPNP", "2025-08-01", "3000.00", null, gb), P)).isEmpty();
        assertThat(voerUit(r, aow("VPL", "2026-01-01", null, "10.00", gb), P)).singleElement()
                .extracting(Signaal::aard).isEqualTo(Aard.ONVERWERKBAAR);
    }
}
