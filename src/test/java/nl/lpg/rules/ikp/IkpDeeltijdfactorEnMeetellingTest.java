package nl.lpg.rules.ikp;

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

import java.time.LocalDate;
import java.util.List;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

class IkpDeeltijdfactorEnMeetellingTest {

    private static final Parameters LEEG = TestParameters.create().build();

    @Nested
    @DisplayName("BR72: deeltijdfactor mag niet groter dan nul zijn als code meetelling Nee is (ABP, PWRI, SPW, PPF APG)")
    class Br72 {
        @Test
        void neeMetDeeltijdfactor() {
            IkvContext c = ctx("SPW", ikv(ikp().meetelling("N").dtf("0.0001")), seeded());
            assertThat(signalen(new Br72DeeltijdfactorNulBijMeetellingNee(), c)).extracting(Signaal::aard)
                    .containsExactly(Aard.ONVERWERKBAAR);
        }

        @Test
        void neeMetNulOfAndereOpdrachtgever() {
            assertThat(new Br72DeeltijdfactorNulBijMeetellingNee().toets(
                    ctx("ABP", ikv(ikp().meetelling("N").dtf("0.0000")), LEEG))).isEmpty();
            assertThat(signalen(new Br72DeeltijdfactorNulBijMeetellingNee(),
                    ctx("BOUW", ikv(ikp().meetelling("N").dtf("0.5000")), seeded()))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR73: de deeltijdfactor moet groter dan nul zijn (PWRI, tot 1-1-2018)")
    class Br73 {
        @Test
        void nulVoor2018() {
            IkvContext c = ctx("PWRI", ikv(ikp("2017-12-01").dtf("0.0000")), seeded());
            assertThat(signalen(new Br73DeeltijdfactorGroterDanNul(), c)).hasSize(1);
        }

        @Test
        void nulVanaf2018OfAbp() {
            assertThat(new Br73DeeltijdfactorGroterDanNul().toets(
                    ctx("PWRI", ikv(ikp("2018-01-01").dtf("0.0000")), LEEG))).isEmpty();
            assertThat(signalen(new Br73DeeltijdfactorGroterDanNul(),
                    ctx("ABP", ikv(ikp("2017-12-01").dtf("0.0000")), seeded()))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR76: deeltijdfactor mag niet nul zijn als code meetelling Ja is (Schoonmaak: Verwerkbaar, overige: Onverwerkbaar)")
    class Br76 {
        @Test
        void nulBijJaOfLeeg() {
            assertThat(signalen(new Br76DeeltijdfactorNietNulBijMeetellingJa(),
                    ctx("BOUW", ikv(ikp().dtf("0.0000")), seeded()))).extracting(Signaal::aard)
                    .containsExactly(Aard.ONVERWERKBAAR);
            assertThat(signalen(new Br76DeeltijdfactorNietNulBijMeetellingJa(),
                    ctx("SCHOONMAAK", ikv(ikp().meetelling(" ").dtf("0")), seeded()))).extracting(Signaal::aard)
                    .containsExactly(Aard.VERWERKBAAR);
        }

        @Test
        void uitzonderingen() {
            assertThat(new Br76DeeltijdfactorNietNulBijMeetellingJa().toets(
                    ctx("SPW", ikv(ikp().dtf("0").verbijzondering("OPK")), LEEG))).isEmpty();
            assertThat(new Br76DeeltijdfactorNietNulBijMeetellingJa().toets(
                    ctx("ABP", ikv(ikp().dtf("0").verbijzondering("OPK")), LEEG))).hasSize(1);
            assertThat(new Br76DeeltijdfactorNietNulBijMeetellingJa().toets(
                    ctx("ABP", ikv(ikp().dtf("0.0001")), LEEG))).isEmpty();
            assertThat(signalen(new Br76DeeltijdfactorNietNulBijMeetellingJa(),
                    ctx("PFAB", ikv(ikp().dtf("0")), seeded()))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR77: een nieuwe inkomstenverhouding mag niet starten met deeltijdfactor nul (ABP, PWRI, PPF APG)")
    class Br77 {
        Ikv nieuw(String aanvang, String verbijzondering) {
            return ikv(ikp(aanvang).dtf("0").verbijzondering(verbijzondering)).aanvang(aanvang);
        }

        @Test
        void nieuweIkvMetNul() {
            assertThat(signalen(new Br77DeeltijdfactorNulBijAanvangDienstverband(),
                    ctx("ABP", nieuw("2026-01-01", "WNE"), seeded()))).extracting(Signaal::aard)
                    .containsExactly(Aard.VERWERKBAAR);
        }

        @Test
        void voor2018UitzonderingBestaandOfAardNietWn() {
            Br77DeeltijdfactorNulBijAanvangDienstverband r = new Br77DeeltijdfactorNulBijAanvangDienstverband();
            assertThat(r.toets(ctx("ABP", nieuw("2017-12-01", "WNE"), LEEG))).isEmpty();
            assertThat(r.toets(ctx("ABP", nieuw("2026-01-01", "OPK"), LEEG))).isEmpty();
            assertThat(r.toets(ctx("PWRI", nieuw("2026-01-01", "RVU"), LEEG))).isEmpty();
            assertThat(r.toets(ctx("PWRI", nieuw("2026-01-01", "OPK"), LEEG))).hasSize(1);
            assertThat(r.toets(ctx("ABP", nieuw("2026-01-01", "WNE").aard("VW"), LEEG))).isEmpty();
            StandView stand = (og, a, p, n) -> List.of(new StandView.StandIkp(d("2025-12-01"), null,
                    d("2025-12-01"), d("2025-12-31"), "WNE"));
            assertThat(r.toets(ctx(Units.ae("ABP"), nieuw("2026-01-01", "WNE").build(), LEEG, null, stand)))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("BR279: deeltijdfactor moet kleiner of gelijk zijn aan maximum per opdrachtgever (ABP, PWRI: Verwerkbaar; overige: Onverwerkbaar)")
    class Br279 {
        final Parameters p = TestParameters.create().seededRegels()
                .opdrachtgever("ABP", LocalDate.of(2015, 1, 1), "1.6000")
                .opdrachtgever("BOUW", LocalDate.of(2015, 1, 1), "1.0000").build();

        @Test
        void boven() {
            assertThat(signalen(new Br279DeeltijdfactorMaximum(), ctx("ABP", ikv(ikp().dtf("1.6001")), p)))
                    .extracting(Signaal::aard).containsExactly(Aard.VERWERKBAAR);
            assertThat(signalen(new Br279DeeltijdfactorMaximum(), ctx("BOUW", ikv(ikp().dtf("1.0001")), p)))
                    .extracting(Signaal::aard).containsExactly(Aard.ONVERWERKBAAR);
        }

        @Test
        void opMaximum() {
            assertThat(new Br279DeeltijdfactorMaximum().toets(ctx("ABP", ikv(ikp().dtf("1.6000")), p))).isEmpty();
            assertThat(new Br279DeeltijdfactorMaximum().toets(ctx("BOUW", ikv(ikp().dtf("1.0000")), p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR150: code meetelling moet Ja of Nee zijn")
    class Br150 {
        @Test
        void andereCode() {
            assertThat(signalen(new Br150CodeMeetellingJaOfNee(), ctx("PFAB", ikv(ikp().meetelling("X")), seeded())))
                    .hasSize(1);
            assertThat(new Br150CodeMeetellingJaOfNee().toets(ctx("PFAB", ikv(ikp().meetelling(null)), LEEG)))
                    .hasSize(1);
        }

        @Test
        void jaNeeOfAbp() {
            assertThat(new Br150CodeMeetellingJaOfNee().toets(ctx("PFAB", ikv(ikp().meetelling("N")), LEEG)))
                    .isEmpty();
            assertThat(signalen(new Br150CodeMeetellingJaOfNee(), ctx("ABP", ikv(ikp().meetelling("X")), seeded())))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("BR127: code meetelling moet geldig zijn voor verbijzondering; BR334: verbijzondering geldig bij aard")
    class Verbijzonderingen {
        final Parameters p = TestParameters.create().seededRegels()
                .row("Verbijzonderingen", "opdrachtgever", "BOUW", "aard", "WN", "verbijzondering", "WNE",
                        "toegestaneCodeMeetelling", "JA")
                .row("Verbijzonderingen", "opdrachtgever", "BOUW", "aard", "WN", "verbijzondering", "OVW",
                        "toegestaneCodeMeetelling", "BEIDE")
                .row("Verbijzonderingen", "opdrachtgever", "BOUW", "aard", "WN", "verbijzondering", "NIH",
                        "toegestaneCodeMeetelling", "NEE", "ingang", d("2026-01-01")).build();

        @Test
        void wneMoetJaZijn() {
            assertThat(signalen(new Br127CodeMeetellingGeldigVoorVerbijzondering(),
                    ctx("BOUW", ikv(ikp().meetelling("N")), p))).singleElement()
                    .satisfies(s -> assertThat(s.melding()).contains("WNE", "Ja"));
            assertThat(new Br127CodeMeetellingGeldigVoorVerbijzondering().toets(
                    ctx("BOUW", ikv(ikp().meetelling("J").verbijzondering("NIH")), p))).hasSize(1);
        }

        @Test
        void beideOfJuist() {
            Br127CodeMeetellingGeldigVoorVerbijzondering r = new Br127CodeMeetellingGeldigVoorVerbijzondering();
            assertThat(r.toets(ctx("BOUW", ikv(ikp().meetelling("N").verbijzondering("OVW")), p))).isEmpty();
            assertThat(r.toets(ctx("BOUW", ikv(ikp().meetelling("J")), p))).isEmpty();
            assertThat(signalen(r, ctx("ABP", ikv(ikp().meetelling("N")), p))).isEmpty();
        }

        @Test
        void br334OnbekendeCombinatieOfNogNietGeldig() {
            Br334VerbijzonderingGeldigBijAard r = new Br334VerbijzonderingGeldigBijAard();
            assertThat(signalen(r, ctx("BOUW", ikv(ikp().verbijzondering("XYZ")), p))).hasSize(1);
            assertThat(r.toets(ctx("BOUW", ikv(ikp("2025-12-01").verbijzondering("NIH")), p))).hasSize(1);
            assertThat(r.toets(ctx("BOUW", ikv(ikp().verbijzondering("WNE")).aard("VW"), p))).hasSize(1);
            assertThat(r.toets(ctx("BOUW", ikv(ikp().verbijzondering("NIH")), p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR120: als code meetelling Ja is moet bij minimaal 1 product de premie of het productloon groter dan nul zijn")
    class Br120 {
        @Test
        void allesNul() {
            IkvContext c = ctx("PFAB", ikv(ikp().pvv(pvv("OP", "2026-01-01", "0.00", "0.00", null))), seeded());
            assertThat(signalen(new Br120PremieOfProductloonBijMeetellingJa(), c)).hasSize(1);
            assertThat(new Br120PremieOfProductloonBijMeetellingJa().toets(
                    ctx("PFAB", ikv(ikp().geenPvv()), LEEG))).hasSize(1);
        }

        @Test
        void premieOfProductloonGevuldOfNee() {
            Br120PremieOfProductloonBijMeetellingJa r = new Br120PremieOfProductloonBijMeetellingJa();
            assertThat(r.toets(ctx("PFAB", ikv(ikp().pvv(pvv("OP", "2026-01-01", "0.00", "0.01", null))), LEEG)))
                    .isEmpty();
            assertThat(r.toets(ctx("PFAB", ikv(ikp().meetelling("N").geenPvv()), LEEG))).isEmpty();
            assertThat(signalen(r, ctx("ABP", ikv(ikp().geenPvv()), seeded()))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR158: aantal uren in inkomstenperiode moet groter dan of gelijk aan 0 zijn (SPW)")
    class Br158 {
        @Test
        void negatief() {
            assertThat(signalen(new Br158UrenNietNegatief(), ctx("SPW", ikv(ikp().uren("-0.01")), seeded())))
                    .hasSize(1);
            assertThat(new Br158UrenNietNegatief().toets(ctx("SPW", ikv(ikp().uren("0")), LEEG))).isEmpty();
            assertThat(signalen(new Br158UrenNietNegatief(), ctx("ABP", ikv(ikp().uren("-1")), seeded())))
                    .isEmpty();
        }
    }
}
