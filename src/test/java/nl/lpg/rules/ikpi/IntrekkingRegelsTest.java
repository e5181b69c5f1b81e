package nl.lpg.rules.ikpi;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.Signaal;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.seeded;
import static nl.lpg.rules.ikpi.AeTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

class IntrekkingRegelsTest {

    private static final Parameters LEEG = TestParameters.create().build();
    private static final String BSN = "111222333";

    @Nested
    @DisplayName("BR95: de datum aanvang inkomstenperiode in een intrekking moet op of na conversiedatum liggen")
    class Br95 {
        final Parameters p = TestParameters.create().seededRegels()
                .opdrachtgever("BOUW", LocalDate.of(2026, 1, 1), "1.0000").build();

        @Test
        void voorConversie() {
            AeContext c = ctx(inhoud(maandJanuari("BOUW"), intrekking("1", "1", "2025-12-01", BSN)), p);
            assertThat(signalen(new Br95IntrekkingNaConversiedatum(), c)).singleElement().satisfies(s -> {
                assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                assertThat(s.melding()).contains("2025-12-01", "2026-01-01").doesNotContain(BSN);
            });
        }

        @Test
        void opConversie() {
            assertThat(new Br95IntrekkingNaConversiedatum().toets(
                    ctx(inhoud(maandJanuari("BOUW"), intrekking("1", "1", "2026-01-01", BSN)), p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR285: intrekking inkomstenperiode mag maximaal 1 keer in de AE per inkomstenperiode voorkomen")
    class Br285 {
        @Test
        void dubbel() {
            AeContext c = ctx(inhoud(maandJanuari("ABP"), intrekking("1", "1", "2026-01-01", BSN),
                    intrekking("1", "1", "2026-01-01", BSN)), seeded());
            assertThat(signalen(new Br285IntrekkingUniekBinnenAe(), c)).hasSize(1);
        }

        @Test
        void anderNummerOfDatum() {
            assertThat(new Br285IntrekkingUniekBinnenAe().toets(ctx(inhoud(maandJanuari("ABP"),
                    intrekking("1", "1", "2026-01-01", BSN), intrekking("1", "2", "2026-01-01", BSN),
                    intrekking("1", "1", "2025-12-01", BSN)), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR324: datum aanvang intrekking moet gelijk zijn aan datum aanvang van een loontijdvak")
    class Br324 {
        @Test
        void nietOpAanvang() {
            Br324IntrekkingOpAanvangLoontijdvak r = new Br324IntrekkingOpAanvangLoontijdvak();
            assertThat(r.isStructuurcontrole()).isTrue();
            assertThat(signalen(r, ctx(inhoud(maandJanuari("ABP"), intrekking("1", "1", "2025-12-02", BSN)),
                    seeded()))).singleElement().satisfies(s -> assertThat(s.melding()).contains("2025-12-01"));
            AdministratieveEenheid kwartaal = ae(1, "ABP", Periodiciteit.KWARTAAL, "2026-01-01", "2026-03-31");
            assertThat(r.toets(ctx(inhoud(kwartaal, intrekking("1", "1", "2026-02-01", BSN)), LEEG))).hasSize(1);
        }

        @Test
        void opAanvang() {
            assertThat(new Br324IntrekkingOpAanvangLoontijdvak().toets(ctx(inhoud(maandJanuari("ABP"),
                    intrekking("1", "1", "2025-12-01", BSN)), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR287: een intrekking en een inkomstenperiode binnen dezelfde IKV voor hetzelfde loontijdvak is niet toegestaan")
    class Br287 {
        @Test
        void tegelijk() {
            AdministratieveEenheid ae = maandJanuari("ABP");
            AeContext c = ctx(inhoud(ae, intrekking("1", "1", "2026-01-01", BSN)), seeded(),
                    overzicht(ae, ikv(ikp("2026-01-10").einde("2026-01-31")).build()));
            Br287IntrekkingEnIkpTegelijkNietToegestaan r = new Br287IntrekkingEnIkpTegelijkNietToegestaan();
            assertThat(r.isStructuurcontrole()).isTrue();
            assertThat(signalen(r, c)).extracting(Signaal::aard).containsExactly(Aard.ONVERWERKBAAR);
        }

        @Test
        void anderLoontijdvakOfAndereIkv() {
            AdministratieveEenheid ae = maandJanuari("ABP");
            assertThat(new Br287IntrekkingEnIkpTegelijkNietToegestaan().toets(ctx(
                    inhoud(ae, intrekking("1", "1", "2025-12-01", BSN)), LEEG, overzicht(ae, ikv(ikp()).build()))))
                    .isEmpty();
            assertThat(new Br287IntrekkingEnIkpTegelijkNietToegestaan().toets(ctx(
                    inhoud(ae, intrekking("1", "2", "2026-01-01", BSN)), LEEG, overzicht(ae, ikv(ikp()).build()))))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("BR288: een inkomstenperiode intrekking mag niet binnen een IKV vallen")
    class Br288 {
        @Test
        void binnenIkv() {
            AdministratieveEenheid ae = maandJanuari("ABP");
            // IKV from 2025-11-15: the loontijdvak of November 2025 belongs to it
            AeContext c = ctx(inhoud(ae, intrekking("1", "1", "2025-11-01", BSN)), seeded(),
                    overzicht(ae, ikv(ikp()).aanvang("2025-11-15").build()));
            assertThat(signalen(new Br288IntrekkingNietBinnenIkv(), c)).singleElement()
                    .satisfies(s -> assertThat(s.melding()).contains("2025-11-15"));
        }

        @Test
        void voorAanvangOfNaEindeOfGeenIkv() {
            AdministratieveEenheid ae = maandJanuari("ABP");
            Br288IntrekkingNietBinnenIkv r = new Br288IntrekkingNietBinnenIkv();
            assertThat(r.toets(ctx(inhoud(ae, intrekking("1", "1", "2025-10-01", BSN)), LEEG,
                    overzicht(ae, ikv(ikp()).aanvang("2025-11-15").build())))).isEmpty();
            assertThat(r.toets(ctx(inhoud(ae, intrekking("1", "1", "2026-01-01", BSN)), LEEG,
                    overzicht(ae, ikv(ikp("2025-12-01")).aanvang("2025-01-01").einde("2025-12-31").build()))))
                    .isEmpty();
            assertThat(r.toets(ctx(inhoud(ae, intrekking("1", "1", "2025-11-01", BSN)), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR356: BSN intrekking mag niet afwijken van BSN IKV; een intrekking zonder BSN wordt gesignaleerd")
    class Br356 {
        @Test
        void leegOfAfwijkend() {
            AdministratieveEenheid ae = maandJanuari("ABP");
            assertThat(signalen(new Br356BsnIntrekkingGelijkAanIkv(),
                    ctx(inhoud(ae, intrekking("1", "1", "2025-12-01", null)), seeded()))).hasSize(1);
            AeContext c = ctx(inhoud(ae, intrekking("1", "1", "2025-12-01", "999888777")), LEEG,
                    overzicht(ae, ikv(ikp()).build()));
            assertThat(new Br356BsnIntrekkingGelijkAanIkv().toets(c)).singleElement()
                    .satisfies(b -> assertThat(b.melding()).doesNotContain("999888777", BSN));
        }

        @Test
        void gelijkOfGeenIkvInLevering() {
            AdministratieveEenheid ae = maandJanuari("ABP");
            assertThat(new Br356BsnIntrekkingGelijkAanIkv().toets(ctx(inhoud(ae,
                    intrekking("1", "1", "2025-12-01", BSN)), LEEG, overzicht(ae, ikv(ikp()).build())))).isEmpty();
            assertThat(new Br356BsnIntrekkingGelijkAanIkv().toets(ctx(inhoud(ae,
                    intrekking("1", "1", "2025-12-01", "999888777")), LEEG))).isEmpty();
        }
    }

    @Test
    @DisplayName("IkvOverzichten: a personeelsnummer shared within an AE, a key shared at the aansluiting, by key")
    void ikvOverzichten() {
        AdministratieveEenheid a1 = maandJanuari("ABP");
        AdministratieveEenheid a2 = ae(2, "ABP", Periodiciteit.MAAND, "2026-01-01", "2026-01-31");
        AeInhoud i1 = inhoud(a1);
        AeContext c = ctx(i1, java.util.List.of(i1, inhoud(a2)), LEEG, java.util.List.of(
                overzicht(a1, ikv(ikp()).build()), overzicht(a1, ikv(ikp()).nummer("2").build()),
                overzicht(a2, ikv(ikp()).nummer("2").build()), overzicht(a2, ikv(ikp()).nummer("3").build())));
        assertThat(c.ikvs().metGedeeldPersoneelsnummer(1)).extracting(o -> o.nummer()).containsExactly("1", "2");
        assertThat(c.ikvs().metGedeeldPersoneelsnummer(2)).extracting(o -> o.nummer()).containsExactly("2", "3");
        assertThat(c.ikvs().metGedeeldeSleutel("A1000")).extracting(o -> o.aeIndex() + "/" + o.nummer())
                .containsExactly("1/2", "2/2");
        assertThat(c.ikvs().metSleutel("A1000", "1", "3")).extracting(o -> o.aeIndex()).containsExactly(2);
        assertThat(c.ikvs().metSleutel("A9999", "1", "3")).isEmpty();
    }
}
