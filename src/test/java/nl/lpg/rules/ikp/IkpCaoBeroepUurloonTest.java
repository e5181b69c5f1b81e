package nl.lpg.rules.ikp;

import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.Signaal;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

class IkpCaoBeroepUurloonTest {

    private static final Parameters LEEG = TestParameters.create().build();

    @Nested
    @DisplayName("BR193: de code CAO moet gevuld zijn (Bouw); BR340: uurloon moet aangeleverd worden (Bouw)")
    class Verplicht {
        @Test
        void leeg() {
            IkvContext c = ctx("BOUW", ikv(ikp().cao(" ")), seeded());
            assertThat(signalen(new Br193CodeCaoGevuld(), c)).extracting(Signaal::aard)
                    .containsExactly(Aard.ONVERWERKBAAR);
            assertThat(signalen(new Br340UurloonAangeleverd(), c)).hasSize(1);
        }

        @Test
        void gevuldOfAndereOpdrachtgever() {
            assertThat(new Br193CodeCaoGevuld().toets(ctx("BOUW", ikv(ikp().cao("01").uurloon("15.00")), LEEG)))
                    .isEmpty();
            assertThat(new Br340UurloonAangeleverd().toets(ctx("BOUW", ikv(ikp().uurloon("0.00")), LEEG))).isEmpty();
            assertThat(signalen(new Br193CodeCaoGevuld(), ctx("ABP", ikv(ikp()), seeded()))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR75: de code CAO uit de IKP moet overeenkomen met de CAO's bij de aansluiting (Bouw); BR152: datum einde IKP op of voor einde CAO bij aansluiting")
    class CaoBijAansluiting {
        final OrganisatieRegister org = TestParameters.create()
                .row("AansluitingCao", "aansluitnummer", "A1000", "codeCao", "01", "ingang", d("2020-01-01"),
                        "einde", d("2026-01-15"))
                .row("AansluitingCao", "aansluitnummer", "A1000", "codeCao", "03", "ingang", d("2020-01-01"))
                .buildOrganisatie();

        @Test
        void br75Onbekend() {
            assertThat(signalen(new Br75CodeCaoBekendBijAansluiting(),
                    ctx("BOUW", ikv(ikp().cao("09")), seeded(), org))).singleElement()
                    .satisfies(s -> assertThat(s.melding()).contains("09", "A1000"));
            // 01 ended on 2026-01-15: not valid on an IKP from 2026-01-16
            assertThat(new Br75CodeCaoBekendBijAansluiting().toets(
                    ctx("BOUW", ikv(ikp("2026-01-16").cao("01")), LEEG, org))).hasSize(1);
        }

        @Test
        void br75Bekend() {
            assertThat(new Br75CodeCaoBekendBijAansluiting().toets(ctx("BOUW", ikv(ikp().cao("03")), LEEG, org)))
                    .isEmpty();
            assertThat(new Br75CodeCaoBekendBijAansluiting().toets(ctx("BOUW", ikv(ikp().cao("01")), LEEG, org)))
                    .isEmpty();
        }

        @Test
        void br152EindeNaEindeCao() {
            // no datum einde: the IKP runs to the end of the loontijdvak (2026-01-31) > 2026-01-15
            assertThat(signalen(new Br152EindeIkpBinnenCaoAansluiting(),
                    ctx("BOUW", ikv(ikp().cao("01")), seeded(), org))).singleElement()
                    .satisfies(s -> assertThat(s.melding()).contains("2026-01-31", "2026-01-15"));
            // next IKP starts 2026-01-17: derived einde 2026-01-16
            assertThat(new Br152EindeIkpBinnenCaoAansluiting().toets(ctx("BOUW",
                    ikv(ikp().cao("01"), ikp("2026-01-17").cao("03")), LEEG, org))).hasSize(1);
        }

        @Test
        void br152BinnenOfGeenEinde() {
            Br152EindeIkpBinnenCaoAansluiting r = new Br152EindeIkpBinnenCaoAansluiting();
            assertThat(r.toets(ctx("BOUW", ikv(ikp().cao("01").einde("2026-01-15"), ikp("2026-01-16").cao("03")),
                    LEEG, org))).isEmpty();
            assertThat(r.toets(ctx("BOUW", ikv(ikp().cao("01")).einde("2026-01-15"), LEEG, org))).isEmpty();
            assertThat(r.toets(ctx("BOUW", ikv(ikp().cao("03")), LEEG, org))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR129: combinatie beroep en verbijzondering; BR153: combinatie CAO en verbijzondering (Bouw)")
    class Combinaties {
        final Parameters p = TestParameters.create().seededRegels()
                .row("BeroepPerVerbijzondering", "opdrachtgever", "BOUW", "verbijzondering", "DGA", "codeBeroep", "900")
                .row("CaoPerVerbijzondering", "opdrachtgever", "BOUW", "verbijzondering", "BBL", "codeCao", "01")
                .build();

        @Test
        void ongeldig() {
            assertThat(signalen(new Br129CombinatieBeroepVerbijzondering(),
                    ctx("BOUW", ikv(ikp().verbijzondering("DGA").beroep("100")), p))).extracting(Signaal::aard)
                    .containsExactly(Aard.ONWAARSCHIJNLIJK);
            assertThat(signalen(new Br153CombinatieCaoVerbijzondering(),
                    ctx("BOUW", ikv(ikp().verbijzondering("BBL").cao("03")), p))).extracting(Signaal::aard)
                    .containsExactly(Aard.ONWAARSCHIJNLIJK);
        }

        @Test
        void geldigOfNietGeregeld() {
            assertThat(new Br129CombinatieBeroepVerbijzondering().toets(
                    ctx("BOUW", ikv(ikp().verbijzondering("DGA").beroep("900")), p))).isEmpty();
            assertThat(new Br129CombinatieBeroepVerbijzondering().toets(
                    ctx("BOUW", ikv(ikp().verbijzondering("WNE").beroep("100")), p))).isEmpty();
            assertThat(new Br153CombinatieCaoVerbijzondering().toets(
                    ctx("BOUW", ikv(ikp().verbijzondering("BBL").cao("01")), p))).isEmpty();
            assertThat(signalen(new Br153CombinatieCaoVerbijzondering(),
                    ctx("PFAB", ikv(ikp().verbijzondering("BBL").cao("03")), p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR212: de code beroep moet geldig zijn (Bouw: Onverwerkbaar, Schoonmaak: Onwaarschijnlijk)")
    class Br212 {
        final Parameters p = TestParameters.create().seededRegels()
                .row("Beroepen", "opdrachtgever", "BOUW", "codeBeroep", "100", "indicatieUta", Boolean.FALSE)
                .row("Beroepen", "opdrachtgever", "SCHOONMAAK", "codeBeroep", "100", "indicatieUta", Boolean.FALSE)
                .build();

        @Test
        void onbekendOfLeeg() {
            assertThat(signalen(new Br212CodeBeroepGeldig(), ctx("BOUW", ikv(ikp().beroep("999")), p)))
                    .extracting(Signaal::aard).containsExactly(Aard.ONVERWERKBAAR);
            assertThat(signalen(new Br212CodeBeroepGeldig(), ctx("SCHOONMAAK", ikv(ikp().beroep(null)), p)))
                    .extracting(Signaal::aard).containsExactly(Aard.ONWAARSCHIJNLIJK);
        }

        @Test
        void geldig() {
            assertThat(new Br212CodeBeroepGeldig().toets(ctx("BOUW", ikv(ikp().beroep("100")), p))).isEmpty();
            assertThat(signalen(new Br212CodeBeroepGeldig(), ctx("ABP", ikv(ikp().beroep(null)), p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR213/BR215: de combinatie van code beroep en code CAO moet bij de opdrachtgever bekend zijn (Bouw)")
    class BeroepPerCao {
        final Parameters p = TestParameters.create().seededRegels()
                .row("CaoKenmerken", "opdrachtgever", "BOUW", "codeCao", "36", "beroepControleOnverwerkbaar",
                        Boolean.TRUE)
                .row("BeroepPerCao", "opdrachtgever", "BOUW", "codeCao", "36", "codeBeroep", "500")
                .row("BeroepPerCao", "opdrachtgever", "BOUW", "codeCao", "01", "codeBeroep", "100")
                .build();

        @Test
        void onbekendeCombinatie() {
            IkvContext dak = ctx("BOUW", ikv(ikp().cao("36").beroep("100")), p);
            assertThat(signalen(new Br213CombinatieBeroepCaoStrikt(), dak)).extracting(Signaal::aard)
                    .containsExactly(Aard.ONVERWERKBAAR);
            assertThat(new Br215CombinatieBeroepCao().toets(dak)).isEmpty();
            IkvContext bouw = ctx("BOUW", ikv(ikp().cao("01").beroep("500")), p);
            assertThat(signalen(new Br215CombinatieBeroepCao(), bouw)).extracting(Signaal::aard)
                    .containsExactly(Aard.ONWAARSCHIJNLIJK);
            assertThat(new Br213CombinatieBeroepCaoStrikt().toets(bouw)).isEmpty();
        }

        @Test
        void bekendeCombinatieOfCaoZonderTabel() {
            assertThat(new Br213CombinatieBeroepCaoStrikt().toets(ctx("BOUW", ikv(ikp().cao("36").beroep("500")), p)))
                    .isEmpty();
            assertThat(new Br215CombinatieBeroepCao().toets(ctx("BOUW", ikv(ikp().cao("01").beroep("100")), p)))
                    .isEmpty();
            assertThat(new Br215CombinatieBeroepCao().toets(ctx("BOUW", ikv(ikp().cao("05").beroep("100")), p)))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("BR102: bruto uurloon >= minimum uurloon; BR103: bruto uurloon <= maximum uurloon (Bouw)")
    class Uurloon {
        // born 1980-05-17: 45 on 2026-01-01
        final Parameters p = TestParameters.create().seededRegels()
                .row("MinimumUurloon", "opdrachtgever", "BOUW", "codeCao", "*", "leeftijdVan", 21, "leeftijdTot", 200,
                        "bedrag", "14.40")
                .row("MinimumUurloon", "opdrachtgever", "BOUW", "codeCao", "01", "leeftijdVan", 21,
                        "leeftijdTot", 200, "bedrag", "16.00")
                .row("MaximumUurloon", "opdrachtgever", "BOUW", "codeCao", "01", "leeftijdVan", 0,
                        "leeftijdTot", 200, "bedrag", "60.00")
                .build();

        @Test
        void onderMinimum() {
            assertThat(signalen(new Br102MinimumUurloon(), ctx("BOUW", ikv(ikp().cao("01").uurloon("15.99")), p)))
                    .singleElement().satisfies(s -> {
                        assertThat(s.aard()).isEqualTo(Aard.VERWERKBAAR);
                        assertThat(s.melding()).contains("15.99", "16.00", "45");
                    });
            // a CAO without its own row: the * row
            assertThat(new Br102MinimumUurloon().toets(ctx("BOUW", ikv(ikp().cao("05").uurloon("14.39")), p)))
                    .hasSize(1);
        }

        @Test
        void minimumPreconditiesEnGrens() {
            Br102MinimumUurloon r = new Br102MinimumUurloon();
            assertThat(r.toets(ctx("BOUW", ikv(ikp().cao("01").uurloon("16.00")), p))).isEmpty();
            assertThat(r.toets(ctx("BOUW", ikv(ikp().cao("01").uurloon("10.00").verbijzondering("BBL")), p)))
                    .isEmpty();
            assertThat(r.toets(ctx("BOUW", ikv(ikp().cao("01").uurloon("10.00").geenPvv()), p))).isEmpty();
            assertThat(r.toets(ctx("BOUW", ikv(ikp().cao("01").uurloon("10.00")).geboren("2006-01-02"), p)))
                    .isEmpty(); // 19: no row for that age
        }

        @Test
        void bovenMaximum() {
            assertThat(signalen(new Br103MaximumUurloon(), ctx("BOUW", ikv(ikp().cao("01").uurloon("60.01")), p)))
                    .extracting(Signaal::aard).containsExactly(Aard.ONWAARSCHIJNLIJK);
            assertThat(new Br103MaximumUurloon().toets(ctx("BOUW", ikv(ikp().cao("01").uurloon("60.00")), p)))
                    .isEmpty();
            assertThat(new Br103MaximumUurloon().toets(
                    ctx("BOUW", ikv(ikp().cao("01").uurloon("99.00").verbijzondering("BBL")), p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR174: berekend uurloon (productloon / uren) >= minimum uurloon verhoogd met vakantietoeslag (Schoonmaak), eenmalig")
    class Br174 {
        final Parameters p = TestParameters.create().seededRegels()
                .row("MinimumUurloon", "opdrachtgever", "SCHOONMAAK", "codeCao", "*", "leeftijdVan", 21,
                        "leeftijdTot", 200, "bedrag", "14.00")
                .row("CaoParameters", "opdrachtgever", "SCHOONMAAK", "codeCao", "10",
                        "percentageVakantietoeslag", "8.00")
                .build();

        // verhoogd minimum: 14.00 * 1.08 = 15.12; 100 uren
        Ikp metPvp(String aanvang, String productloon) {
            return ikp(aanvang).cao("10").pvv(pvv("OP", aanvang, productloon, null, "100"));
        }

        @Test
        void onderVerhoogdMinimumEenmaal() {
            IkvContext c = ctx("SCHOONMAAK", ikv(metPvp("2026-01-01", "1511.99"),
                    metPvp("2026-01-16", "1000.00").einde("2026-01-31")), p);
            assertThat(signalen(new Br174BerekendUurloonMinimumSchoonmaak(), c)).singleElement().satisfies(s -> {
                assertThat(s.aard()).isEqualTo(Aard.VERWERKBAAR);
                assertThat(s.datumAanvangInkomstenperiode()).isEqualTo("2026-01-01");
                assertThat(s.melding()).contains("15.12");
            });
        }

        @Test
        void opVerhoogdMinimumOfUitgezonderd() {
            Br174BerekendUurloonMinimumSchoonmaak r = new Br174BerekendUurloonMinimumSchoonmaak();
            assertThat(r.toets(ctx("SCHOONMAAK", ikv(metPvp("2026-01-01", "1512.00")), p))).isEmpty();
            assertThat(r.toets(ctx("SCHOONMAAK", ikv(metPvp("2026-01-01", "100.00").verbijzondering("ZKG")), p)))
                    .isEmpty();
            assertThat(signalen(r, ctx("BOUW", ikv(metPvp("2026-01-01", "100.00")), p))).isEmpty();
        }
    }
}
