package nl.lpg.rules.ikv;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.Signaal;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.seeded;
import static nl.lpg.rules.ikpi.AeTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

class IkvUniciteitTest {

    private static final Parameters LEEG = TestParameters.create().build();

    @Nested
    @DisplayName("BR185: in AE's van dezelfde aansluiting met overlappend tijdvak mag een inkomstenverhouding maar een keer voorkomen")
    class Br185 {
        final AdministratieveEenheid jan = maandJanuari("ABP");
        final AdministratieveEenheid jan2 = ae(2, "ABP", Periodiciteit.MAAND, "2026-01-01", "2026-01-31");
        final AdministratieveEenheid feb = ae(3, "ABP", Periodiciteit.MAAND, "2026-02-01", "2026-02-28");

        @Test
        void tweemaalInZelfdeAeOfOverlappendeAe() {
            AeInhoud i = inhoud(jan);
            AeContext c = ctx(i, List.of(i), seeded(), List.of(overzicht(jan, ikv(ikp()).build()),
                    overzicht(jan, ikv(ikp()).build())));
            assertThat(signalen(new Br185InkomstenverhoudingUniekBinnenAe(), c)).singleElement()
                    .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR));
            AeInhoud i2 = inhoud(jan2);
            List<AeInhoud> alle = List.of(i, i2);
            var ikvs = List.of(overzicht(jan, ikv(ikp()).build()), overzicht(jan2, ikv(ikp()).build()));
            // reported once, in the AE of the later occurrence
            assertThat(new Br185InkomstenverhoudingUniekBinnenAe().toets(ctx(i, alle, LEEG, ikvs))).isEmpty();
            assertThat(new Br185InkomstenverhoudingUniekBinnenAe().toets(ctx(i2, alle, LEEG, ikvs))).hasSize(1);
        }

        @Test
        void andereIkvOfNietOverlappendTijdvak() {
            AeInhoud i = inhoud(jan);
            assertThat(new Br185InkomstenverhoudingUniekBinnenAe().toets(ctx(i, List.of(i), LEEG, List.of(
                    overzicht(jan, ikv(ikp()).build()), overzicht(jan, ikv(ikp()).nummer("2").build())))))
                    .isEmpty();
            AeInhoud f = inhoud(feb);
            assertThat(new Br185InkomstenverhoudingUniekBinnenAe().toets(ctx(f, List.of(i, f), LEEG, List.of(
                    overzicht(jan, ikv(ikp()).build()), overzicht(feb, ikv(ikp("2026-02-01")).build()))))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR365: personeelsnummer moet uniek zijn per werknemer binnen de AE")
    class Br365 {
        final AdministratieveEenheid jan = maandJanuari("ABP");

        NatuurlijkPersoon persoon(String bsn, String achternaam) {
            NatuurlijkPersoon n = Units.np();
            return new NatuurlijkPersoon(bsn, "1", n.voorletters(), null, achternaam, n.geboortedatum(),
                    n.geslacht(), null, null, null, null, null, null);
        }

        @Test
        void tweePersonenEenNummer() {
            AeInhoud i = inhoud(jan);
            AeContext c = ctx(i, List.of(i), seeded(), List.of(
                    overzicht(jan, ikv(ikp()).np(persoon("111222333", "Jansen")).build()),
                    overzicht(jan, ikv(ikp()).nummer("2").np(persoon("444555666", "Jansen")).build())));
            assertThat(signalen(new Br365PersoneelsnummerUniekPerWerknemer(), c)).singleElement()
                    .satisfies(s -> {
                        assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                        assertThat(s.melding()).contains("1").doesNotContain("111222333", "444555666");
                    });
            // without BSN: other achternaam is another person
            assertThat(new Br365PersoneelsnummerUniekPerWerknemer().toets(ctx(i, List.of(i), LEEG, List.of(
                    overzicht(jan, ikv(ikp()).np(persoon(null, "Jansen")).build()),
                    overzicht(jan, ikv(ikp()).nummer("2").np(persoon(null, "Pietersen")).build()))))).hasSize(1);
        }

        @Test
        void zelfdePersoonTweeIkvs() {
            AeInhoud i = inhoud(jan);
            assertThat(new Br365PersoneelsnummerUniekPerWerknemer().toets(ctx(i, List.of(i), LEEG, List.of(
                    overzicht(jan, ikv(ikp()).np(persoon("111222333", "Jansen")).build()),
                    overzicht(jan, ikv(ikp()).nummer("2").np(persoon("111222333", "Jansen-de Vries")).build())))))
                    .isEmpty();
        }
    }
}
