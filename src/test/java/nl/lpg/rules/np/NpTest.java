package nl.lpg.rules.np;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class NpTest {

    private final Parameters p = TestParameters.create().seededRegels().build();

    private static nl.lpg.delivery.Inkomstenverhouding met(nl.lpg.delivery.NatuurlijkPersoon n) {
        return ikv("WN", LocalDate.of(2020, 1, 1), null, n, ikp(pvv("OPNP", null, pvp(JAN, "1"))));
    }

    @Test
    @DisplayName("BR49 (9xA)+(8xB)+...+(2xH)+(-1xI) moet een veelvoud van elf zijn; 0 en leeg niet getoetst; nooit het BSN in de melding")
    void br49() {
        var regel = new Br49BsnElfproef();
        assertThat(Bsn.elfproef("111222333")).isTrue();
        assertThat(Bsn.elfproef("123456782")).isTrue();
        assertThat(Bsn.elfproef("111222334")).isFalse();
        assertThat(Bsn.elfproef("1234567890")).isFalse();
        assertThat(voerUit(regel, ctx("BOUW", met(np("111222334", "P1", LocalDate.of(1980, 1, 1))), p))).singleElement()
                .satisfies(s -> {
                    assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                    assertThat(s.melding()).doesNotContain("111222334").contains("elfproef");
                });
        assertThat(regel.toets(ctx("BOUW", met(np("111222333", "P1", LocalDate.of(1980, 1, 1))), p))).isEmpty();
        assertThat(regel.toets(ctx("ABP", met(np("0", "P1", LocalDate.of(1980, 1, 1))), p))).isEmpty();
        assertThat(regel.toets(ctx("ABP", met(np(null, "P1", LocalDate.of(1980, 1, 1))), p))).isEmpty();
        // not for an opdrachtgever of another pijler (Opdrachtgevers.pijler)
        Parameters derde = TestParameters.create().seededRegels().row("Opdrachtgevers", "opdrachtgever", "PPFAPG",
                "conversiedatum", LocalDate.of(2000, 1, 1), "maxDeeltijdfactor", "1.0000", "pijler", "3").build();
        assertThat(regel.toets(ctx("PPFAPG", met(np("111222334", "P1", LocalDate.of(1980, 1, 1))), derde))).isEmpty();
    }

    @Test
    @DisplayName("BR50 voorletters: letters, spatie of scheidingsteken, geen cijfers")
    void br50() {
        var regel = new Br50VoorlettersAlfa();
        assertThat(regel.toets(ctx("ABP", met(metNaam(np(), "J.P. É-Ö", "Jansen")), p))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", met(metNaam(np(), "J2", "Jansen")), p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("J2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"O'Brien", "Niet-numeriek Ó i Ruél Tardez Garcia", "van der Berg", "D’Ancona", "Müller-Lüdenscheidt"})
    @DisplayName("BR52 achternaam: letters, diakrieten, spaties, koppelteken en quote zijn toegestaan")
    void br52Toegestaan(String naam) {
        assertThat(new Br52AchternaamAlfa().toets(ctx("ABP", met(metNaam(np(), "J", naam)), p))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jansen3", "Jansen.", "Jan,sen", "Jansen!"})
    @DisplayName("BR52 achternaam: geen cijfers of leestekens")
    void br52NietToegestaan(String naam) {
        assertThat(voerUit(new Br52AchternaamAlfa(), ctx("ABP", met(metNaam(np(), "J", naam)), p))).hasSize(1);
    }

    @Test
    @DisplayName("BR59 de overlijdensdatum mag niet na aanmaak van de levering liggen")
    void br59() {
        var regel = new Br59OverlijdensdatumNietInToekomst();
        // Units.levering() aanmaak 2026-02-03
        assertThat(voerUit(regel, ctx("SPW", met(metOverlijden(np(), LocalDate.of(2026, 2, 4))), p))).hasSize(1);
        assertThat(regel.toets(ctx("SPW", met(metOverlijden(np(), LocalDate.of(2026, 2, 3))), p))).isEmpty();
    }

    @Test
    @DisplayName("BR125 BSN verplicht en niet 0 voor Bouw, Schoonmaak, PFAB, SPW, PPF APG; BR250 en BR186 voor ABP/PWRI: 0 toegestaan, wel gesignaleerd")
    void br125Br250Br186() {
        var br125 = new Br125BsnGevuldNietNul();
        var br250 = new Br250BsnGevuldTweedePijler();
        var br186 = new Br186BsnNulSignaleren();
        var nul = met(np("000000000", "P1", LocalDate.of(1980, 1, 1)));
        var leeg = met(np(null, "P1", LocalDate.of(1980, 1, 1)));
        var goed = met(np());
        assertThat(voerUit(br125, ctx("BOUW", nul, p))).hasSize(1);
        assertThat(voerUit(br125, ctx("PPFAPG", leeg, p))).hasSize(1);
        assertThat(br125.toets(ctx("BOUW", goed, p))).isEmpty();
        assertThat(voerUit(br125, ctx("ABP", nul, p))).as("BR125 not for ABP").isEmpty();
        assertThat(voerUit(br250, ctx("ABP", leeg, p))).hasSize(1);
        assertThat(br250.toets(ctx("ABP", nul, p))).isEmpty();
        assertThat(voerUit(br186, ctx("PWRI", nul, p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.VERWERKBAAR));
        assertThat(br186.toets(ctx("PWRI", goed, p))).isEmpty();
        assertThat(voerUit(br186, ctx("BOUW", nul, p))).as("BR186 not for Bouw").isEmpty();
    }

    @Test
    @DisplayName("BR146 (Bouw) IBAN modulo-97: GB82WEST12345698765432 mod 97 = 1; Nederlands IBAN NL + 2 cijfers + 4 letters + 10 cijfers")
    void br146() {
        assertThat(Iban.modulo97("GB82WEST12345698765432")).isTrue();
        assertThat(Iban.geldig("GB82WEST12345698765432")).isTrue();
        assertThat(Iban.geldig("nl91 abna 0417 1643 00")).isTrue();
        assertThat(Iban.geldig("NL91ABNA0417164301")).isFalse();
        assertThat(Iban.samenstellingGeldig("NL91ABN10417164300")).isFalse();
        var regel = new Br146IbanModulo97();
        assertThat(voerUit(regel, ctx("BOUW", met(metRekening(np(), "NL91ABNA0417164301")), p))).singleElement()
                .satisfies(s -> {
                    assertThat(s.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK);
                    assertThat(s.melding()).doesNotContain("NL91ABNA0417164301").contains("modulo-97");
                });
        assertThat(regel.toets(ctx("BOUW", met(metRekening(np(), "GB82WEST12345698765432")), p))).isEmpty();
        assertThat(regel.toets(ctx("BOUW", met(metRekening(np(), null)), p))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", met(metRekening(np(), "NL91ABNA0417164301")), p))).as("only Bouw").isEmpty();
    }

    @Test
    @DisplayName("BR179 personeelsnummer natuurlijk persoon en IKV moeten identiek zijn (structuurcontrole)")
    void br179() {
        var regel = new Br179PersoneelsnummerNpGelijkAanIkv();
        assertThat(regel.isStructuurcontrole()).isTrue();
        var anders = new nl.lpg.delivery.Inkomstenverhouding("P2", "1", "WN", LocalDate.of(2020, 1, 1), null, null, np(),
                java.util.List.of(ikp(pvv("OPNP", null, pvp(JAN, "1")))), nl.lpg.testsupport.Units.P);
        assertThat(voerUit(regel, ctx("ABP", anders, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("P1", "P2"));
        assertThat(regel.toets(ctx("ABP", met(np()), p))).isEmpty();
    }

    @Test
    @DisplayName("BR299 (Bouw, Schoonmaak, SPW, PFAB) numeriek, max 15 posities; BR321 (ABP, PWRI) precies 15 numeriek")
    void br299en321() {
        var br299 = new Br299PersoneelsnummerNumeriekMax15();
        var br321 = new Br321PersoneelsnummerVijftienNumeriek();
        var vijftien = met(np("111222333", "000000000012345", LocalDate.of(1980, 1, 1)));
        var kort = met(np("111222333", "12345", LocalDate.of(1980, 1, 1)));
        var zestien = met(np("111222333", "0000000000123456", LocalDate.of(1980, 1, 1)));
        var alfa = met(np("111222333", "A12345", LocalDate.of(1980, 1, 1)));
        assertThat(br299.toets(ctx("SPW", vijftien, p))).isEmpty();
        assertThat(br299.toets(ctx("SPW", kort, p))).isEmpty();
        assertThat(voerUit(br299, ctx("SPW", zestien, p))).hasSize(1);
        assertThat(voerUit(br299, ctx("SPW", alfa, p))).hasSize(1);
        assertThat(br321.toets(ctx("ABP", vijftien, p))).isEmpty();
        assertThat(voerUit(br321, ctx("ABP", kort, p))).hasSize(1);
        assertThat(voerUit(br321, ctx("BOUW", kort, p))).as("BR321 not for Bouw").isEmpty();
        // an alphanumeric personeelsnummer at ABP: the check itself finds it, but BR299's scope leaves ABP to BR321
        assertThat(br299.toets(ctx("ABP", alfa, p))).hasSize(1);
        assertThat(voerUit(br299, ctx("ABP", alfa, p))).as("BR299 not for ABP").isEmpty();
    }
}
