package nl.lpg.rules.ikv;

import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.Signaal;
import nl.lpg.stand.StandView;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

class IkvRegelsTest {

    private static final Parameters LEEG = TestParameters.create().build();

    @Nested
    @DisplayName("BR7 (structuur) / BR37: datum aanvang inkomstenverhouding moet op of voor datum einde inkomstenverhouding liggen")
    class AanvangVoorEinde {
        @Test
        void aanvangNaEindeGeeftBeide() {
            IkvContext c = ctx("ABP", ikv().aanvang("2026-01-10").einde("2026-01-09"), LEEG);
            assertThat(new Br7AanvangIkvVoorEindeIkv().toets(c)).hasSize(1);
            assertThat(new Br37AanvangIkvOpOfVoorEinde().toets(c)).singleElement()
                    .satisfies(b -> assertThat(b.melding()).contains("2026-01-10", "2026-01-09"));
            assertThat(new Br7AanvangIkvVoorEindeIkv().isStructuurcontrole()).isTrue();
        }

        @Test
        void aanvangGelijkAanEindeMag() {
            IkvContext c = ctx("ABP", ikv().aanvang("2026-01-10").einde("2026-01-10"), LEEG);
            assertThat(new Br7AanvangIkvVoorEindeIkv().toets(c)).isEmpty();
            assertThat(new Br37AanvangIkvOpOfVoorEinde().toets(c)).isEmpty();
        }

        @Test
        void geseedVoorAlleOpdrachtgeversOnverwerkbaar() {
            IkvContext c = ctx("PFAB", ikv().aanvang("2026-01-10").einde("2026-01-01"), seeded());
            assertThat(signalen(new Br37AanvangIkvOpOfVoorEinde(), c)).extracting(Signaal::aard)
                    .containsExactly(Aard.ONVERWERKBAAR);
        }
    }

    @Nested
    @DisplayName("BR35: aanvang inkomstenverhouding moet op of voor overlijdensdatum deelnemer liggen")
    class Br35 {
        @Test
        void aanvangNaOverlijden() {
            assertThat(new Br35AanvangIkvOpOfVoorOverlijden().toets(
                    ctx("ABP", ikv().aanvang("2026-01-02").overleden("2026-01-01"), LEEG))).hasSize(1);
        }

        @Test
        void aanvangOpOverlijdensdatumOfGeenOverlijden() {
            assertThat(new Br35AanvangIkvOpOfVoorOverlijden().toets(
                    ctx("ABP", ikv().aanvang("2026-01-01").overleden("2026-01-01"), LEEG))).isEmpty();
            assertThat(new Br35AanvangIkvOpOfVoorOverlijden().toets(ctx("ABP", ikv(), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR269: einde inkomstenverhouding moet liggen op of voor overlijdensdatum; BR313: overlijden vraagt einde IKV")
    class Overlijden {
        @Test
        void eindeNaOverlijden() {
            IkvContext c = ctx("ABP", ikv().einde("2026-01-20").overleden("2026-01-19"), LEEG);
            assertThat(new Br269EindeIkvOpOfVoorOverlijden().toets(c)).hasSize(1);
            assertThat(new Br313OverlijdenVraagtEindeIkv().toets(c)).isEmpty();
        }

        @Test
        void eindeOpOverlijdensdatum() {
            IkvContext c = ctx("ABP", ikv().einde("2026-01-19").overleden("2026-01-19"), LEEG);
            assertThat(new Br269EindeIkvOpOfVoorOverlijden().toets(c)).isEmpty();
            assertThat(new Br313OverlijdenVraagtEindeIkv().toets(c)).isEmpty();
        }

        @Test
        void overledenZonderEinde() {
            IkvContext c = ctx("ABP", ikv().overleden("2026-01-19"), LEEG);
            assertThat(new Br313OverlijdenVraagtEindeIkv().toets(c)).singleElement()
                    .satisfies(b -> assertThat(b.melding()).contains("2026-01-19"));
            assertThat(new Br269EindeIkvOpOfVoorOverlijden().toets(c)).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR41: datum einde IKV moet op of voor datum einde tijdvak AE liggen; BR178: datum aanvang IKV op of voor datum einde tijdvak AE")
    class Tijdvak {
        @Test
        void eindeNaTijdvak() {
            assertThat(new Br41EindeIkvOpOfVoorEindeTijdvak().toets(ctx("ABP", ikv().einde("2026-02-01"), LEEG)))
                    .hasSize(1);
            assertThat(new Br41EindeIkvOpOfVoorEindeTijdvak().toets(ctx("ABP", ikv().einde("2026-01-31"), LEEG)))
                    .isEmpty();
            assertThat(new Br41EindeIkvOpOfVoorEindeTijdvak().toets(ctx("ABP", ikv(), LEEG))).isEmpty();
        }

        @Test
        void aanvangNaTijdvak() {
            assertThat(new Br178AanvangIkvOpOfVoorEindeTijdvak().toets(
                    ctx("ABP", ikv().aanvang("2026-02-01"), LEEG))).hasSize(1);
            assertThat(new Br178AanvangIkvOpOfVoorEindeTijdvak().toets(
                    ctx("ABP", ikv().aanvang("2026-01-31"), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR44 / BR260: personeelsnummer en nummer inkomstenverhouding moeten numeriek en groter dan nul zijn")
    class Nummers {
        @Test
        void personeelsnummer() {
            assertThat(new Br44PersoneelsnummerGevuld().toets(ctx("ABP", ikv().personeelsnummer("0"), LEEG)))
                    .hasSize(1);
            assertThat(new Br44PersoneelsnummerGevuld().toets(ctx("ABP", ikv().personeelsnummer("A12"), LEEG)))
                    .hasSize(1);
            assertThat(new Br44PersoneelsnummerGevuld().toets(ctx("ABP", ikv().personeelsnummer(""), LEEG)))
                    .hasSize(1);
            assertThat(new Br44PersoneelsnummerGevuld().toets(ctx("ABP", ikv().personeelsnummer("007"), LEEG)))
                    .isEmpty();
        }

        @Test
        void nummerIkv() {
            assertThat(new Br260NummerIkvGevuld().toets(ctx("ABP", ikv().nummer("00"), LEEG))).hasSize(1);
            assertThat(new Br260NummerIkvGevuld().toets(ctx("ABP", ikv().nummer("1"), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR34: een nieuwe inkomstenverhouding moet aanvangen voor datum bereiken van de AOW leeftijd (ABP)")
    class Br34 {
        final Parameters p = TestParameters.create().seededRegels()
                .row("AowLeeftijd", "geboortedatumVan", d("1958-01-01"), "geboortedatumTot", d("1958-12-31"),
                        "jaren", 66, "maanden", 10).build();

        @Test
        void aanvangOpAowDatum() {
            IkvContext c = ctx("ABP", ikv().geboren("1958-03-01").aanvang("2025-01-01"), p);
            assertThat(signalen(new Br34AanvangIkvVoorAowLeeftijd(), c)).extracting(Signaal::aard)
                    .containsExactly(Aard.INTERNE_BEOORDELING);
        }

        @Test
        void aanvangDagVoorAowDatum() {
            IkvContext c = ctx("ABP", ikv().geboren("1958-03-01").aanvang("2024-12-31"), p);
            assertThat(new Br34AanvangIkvVoorAowLeeftijd().toets(c)).isEmpty();
        }

        @Test
        void bestaandeIkvOfAndereOpdrachtgever() {
            Ikv b = ikv().geboren("1958-03-01").aanvang("2025-01-01");
            StandView stand = (og, a, pnr, nr) -> List.of(new StandView.StandIkp(d("2025-01-01"), null,
                    d("2025-01-01"), d("2025-01-31"), "WNE"));
            assertThat(new Br34AanvangIkvVoorAowLeeftijd().toets(ctx(Units.ae("ABP"), b.build(), p, null, stand)))
                    .isEmpty();
            assertThat(signalen(new Br34AanvangIkvVoorAowLeeftijd(), ctx("BOUW", b, p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR55: inkomstenverhouding kan pas aanvangen op of na de minimum leeftijd toegestane arbeid")
    class Br55 {
        final Parameters p = TestParameters.create()
                .row("MinimumLeeftijdArbeid", "opdrachtgever", "ABP", "leeftijd", 13).build();

        @Test
        void teJong() {
            assertThat(new Br55AanvangIkvNaMinimumLeeftijdArbeid().toets(
                    ctx("ABP", ikv().geboren("2010-01-02").aanvang("2023-01-01"), p))).hasSize(1);
        }

        @Test
        void preciesOudGenoegOfGeenParameter() {
            assertThat(new Br55AanvangIkvNaMinimumLeeftijdArbeid().toets(
                    ctx("ABP", ikv().geboren("2010-01-01").aanvang("2023-01-01"), p))).isEmpty();
            assertThat(new Br55AanvangIkvNaMinimumLeeftijdArbeid().toets(
                    ctx("PFAB", ikv().geboren("2010-01-02").aanvang("2023-01-01"), p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR101: de periodiciteit van de AE moet conform de periodiciteit bij de aansluiting zijn")
    class Br101 {
        OrganisatieRegister org(String periodiciteit) {
            return TestParameters.create().row("Aansluitingen", "aansluitnummer", "A1000", "opdrachtgever", "ABP",
                    "naam", "Werkgever", "periodiciteit", periodiciteit).buildOrganisatie();
        }

        @Test
        void afwijkend() {
            IkvContext c = ctx("ABP", ikv(), seeded(), org("KWARTAAL"));
            assertThat(signalen(new Br101PeriodiciteitConformAfspraak(), c)).singleElement()
                    .satisfies(s -> {
                        assertThat(s.aard()).isEqualTo(Aard.INTERNE_BEOORDELING);
                        assertThat(s.melding()).contains("MAAND", "KWARTAAL");
                    });
        }

        @Test
        void conform() {
            assertThat(new Br101PeriodiciteitConformAfspraak().toets(ctx("ABP", ikv(), LEEG, org("MAAND"))))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("BR204: datum aanvang IKV moet op of na datum ingang aansluiting liggen")
    class Br204 {
        final OrganisatieRegister org = TestParameters.create().row("Aansluitingen", "aansluitnummer", "A1000",
                "opdrachtgever", "ABP", "naam", "W", "periodiciteit", "MAAND", "ingang", d("2021-01-01"))
                .buildOrganisatie();

        @Test
        void nieuweIkvVoorIngang() {
            IkvContext c = ctx("ABP", ikv().aanvang("2020-12-31"), seeded(), org);
            assertThat(signalen(new Br204AanvangIkvNaIngangAansluiting(), c)).extracting(Signaal::aard)
                    .containsExactly(Aard.VERWERKBAAR);
        }

        @Test
        void opIngangOfBestaandeIkvNietVervroegd() {
            assertThat(new Br204AanvangIkvNaIngangAansluiting().toets(
                    ctx("ABP", ikv().aanvang("2021-01-01"), LEEG, org))).isEmpty();
            StandView stand = (og, a, pnr, nr) -> List.of(new StandView.StandIkp(d("2020-12-31"), null,
                    d("2020-12-01"), d("2020-12-31"), "WNE"));
            assertThat(new Br204AanvangIkvNaIngangAansluiting().toets(
                    ctx(Units.ae("ABP"), ikv().aanvang("2020-12-31").build(), LEEG, org, stand))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR233: reden einde inkomstenverhouding moet, indien gevuld, een geldige waarde bevatten")
    class Br233 {
        final Parameters p = TestParameters.create()
                .row("RedenEindeInkomstenverhouding", "redenEinde", "01", "omschrijving", "Ontslag").build();

        @Test
        void onbekend() {
            assertThat(new Br233RedenEindeGeldig().toets(ctx("ABP", ikv().einde("2026-01-31").redenEinde("99"), p)))
                    .singleElement().satisfies(b -> assertThat(b.melding()).contains("99"));
        }

        @Test
        void geldigOfLeeg() {
            assertThat(new Br233RedenEindeGeldig().toets(ctx("ABP", ikv().einde("2026-01-31").redenEinde("01"), p)))
                    .isEmpty();
            assertThat(new Br233RedenEindeGeldig().toets(ctx("ABP", ikv(), p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR420: mutaties t.a.v. perioden voor het huidige kalenderjaar - 1 worden niet automatisch verwerkt (Bouw, Schoonmaak)")
    class Br420 {
        Ikv metIkp(String aanvang) {
            return ikv(ikp(aanvang).pvv(pvv("OP", aanvang, "1000.00", null, null)));
        }

        @Test
        void periodeTweeJaarTerug() {
            // peildatum 2026-02-15: huidig jaar - 1 = 2025; 2024 is te oud
            IkvContext c = ctx("BOUW", metIkp("2024-12-01"), seeded());
            assertThat(signalen(new Br420TwkBeleidBijMutaties(), c)).singleElement().satisfies(s -> {
                assertThat(s.aard()).isEqualTo(Aard.INTERNE_BEOORDELING);
                assertThat(s.jaar()).isEqualTo(2024);
            });
        }

        @Test
        void vorigJaarMagEnAndereOpdrachtgeverNiet() {
            assertThat(new Br420TwkBeleidBijMutaties().toets(ctx("BOUW", metIkp("2025-01-01"), LEEG))).isEmpty();
            assertThat(signalen(new Br420TwkBeleidBijMutaties(), ctx("ABP", metIkp("2024-12-01"), seeded())))
                    .isEmpty();
        }
    }
}
