package nl.lpg.rules.ikp;

import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.Signaal;
import nl.lpg.stand.StandView;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

class IkpPeriodenTest {

    private static final Parameters LEEG = TestParameters.create().build();

    @Nested
    @DisplayName("BR270: inkomstenperiode (datum aanvang en verbijzondering) uniek binnen IKV; BR339: datum aanvang maar 1 keer")
    class Uniek {
        @Test
        void zelfdeDatumEnVerbijzondering() {
            IkvContext c = ctx("ABP", ikv(ikp(), ikp()), seeded());
            assertThat(signalen(new Br270InkomstenperiodeUniekBinnenIkv(), c)).extracting(Signaal::aard)
                    .containsExactly(Aard.ONVERWERKBAAR);
            assertThat(new Br339DatumAanvangIkpUniekBinnenIkv().toets(c)).hasSize(1);
        }

        @Test
        void zelfdeDatumAndereVerbijzondering() {
            IkvContext c = ctx("ABP", ikv(ikp(), ikp().verbijzondering("ZKG")), LEEG);
            assertThat(new Br270InkomstenperiodeUniekBinnenIkv().toets(c)).isEmpty();
            assertThat(new Br339DatumAanvangIkpUniekBinnenIkv().toets(c)).singleElement()
                    .satisfies(b -> assertThat(b.melding()).contains("2026-01-01"));
        }

        @Test
        void verschillendeDatums() {
            IkvContext c = ctx("ABP", ikv(ikp().einde("2026-01-15"), ikp("2026-01-16")), LEEG);
            assertThat(new Br270InkomstenperiodeUniekBinnenIkv().toets(c)).isEmpty();
            assertThat(new Br339DatumAanvangIkpUniekBinnenIkv().toets(c)).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR271: datum aanvang inkomstenperiode moet op of na conversiedatum liggen")
    class Br271 {
        final Parameters p = TestParameters.create().seededRegels()
                .opdrachtgever("PFAB", LocalDate.of(2026, 1, 1), "1.0000").build();

        @Test
        void voorConversiedatum() {
            IkvContext c = ctx(ae("PFAB", Periodiciteit.MAAND, "2026-01-01", "2026-01-31"),
                    ikv(ikp("2025-12-01")).build(), p, null, StandView.LEEG);
            assertThat(signalen(new Br271AanvangIkpOpOfNaConversiedatum(), c)).singleElement()
                    .satisfies(s -> assertThat(s.melding()).contains("2025-12-01", "2026-01-01"));
        }

        @Test
        void opConversiedatum() {
            assertThat(new Br271AanvangIkpOpOfNaConversiedatum().toets(ctx("PFAB", ikv(ikp("2026-01-01")), p)))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("BR289: een loontijdvak moet alle IKPs bevatten")
    class Br289 {
        @Test
        void eersteOntbreekt() {
            IkvContext c = ctx("ABP", ikv(ikp("2026-01-05")), seeded());
            assertThat(signalen(new Br289LoontijdvakBevatAlleIkps(), c)).singleElement()
                    .satisfies(s -> assertThat(s.melding()).contains("eerste", "2026-01-01"));
        }

        @Test
        void gatNaBeeindigdeIkp() {
            IkvContext c = ctx("ABP", ikv(ikp().einde("2026-01-10"), ikp("2026-01-12")), LEEG);
            assertThat(new Br289LoontijdvakBevatAlleIkps().toets(c)).singleElement()
                    .satisfies(b -> assertThat(b.melding()).contains("2026-01-11"));
            assertThat(new Br289LoontijdvakBevatAlleIkps().toets(ctx("ABP", ikv(ikp().einde("2026-01-30")), LEEG)))
                    .hasSize(1);
        }

        @Test
        void compleet() {
            Br289LoontijdvakBevatAlleIkps r = new Br289LoontijdvakBevatAlleIkps();
            assertThat(r.toets(ctx("ABP", ikv(ikp().einde("2026-01-10"), ikp("2026-01-11")), LEEG))).isEmpty();
            assertThat(r.toets(ctx("ABP", ikv(ikp().einde("2026-01-31")), LEEG))).isEmpty();
            // IKV starts mid-month and ends mid-month
            assertThat(r.toets(ctx("ABP", ikv(ikp("2026-01-05").einde("2026-01-20")).aanvang("2026-01-05")
                    .einde("2026-01-20"), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR400: alle periodegegevens (IKP en PVP) moeten binnen 1 jaar liggen, het jaar van datum einde tijdvak")
    class Br400 {
        @Test
        void ikpOfPvpInAnderJaar() {
            IkvContext c = ctx("ABP", ikv(ikp("2025-12-01")), seeded());
            assertThat(signalen(new Br400PeriodegegevensBinnenEenJaar(), c)).singleElement()
                    .satisfies(s -> assertThat(s.jaar()).isEqualTo(2026));
            assertThat(new Br400PeriodegegevensBinnenEenJaar().toets(
                    ctx("ABP", ikv(ikp().pvv(pvv("OP", "2025-12-31", "1.00", null, null))), LEEG))).hasSize(1);
        }

        @Test
        void zelfdeJaar() {
            assertThat(new Br400PeriodegegevensBinnenEenJaar().toets(
                    ctx("ABP", ikv(ikp().pvv(pvv("OP", "2026-01-01", "1.00", null, null))), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR78: soort inkomstenverhouding moet vanaf 1-1-2021 gevuld zijn en een geldige waarde bevatten")
    class Br78 {
        final Parameters p = TestParameters.create().seededRegels()
                .row("SoortInkomstenverhouding", "soortInkomstenverhouding", "15", "omschrijving", "Loon").build();

        @Test
        void leegOfOngeldig() {
            assertThat(signalen(new Br78SoortInkomstenverhoudingGeldig(), ctx("SPW", ikv(ikp().soort(null)), p)))
                    .extracting(Signaal::aard).containsExactly(Aard.ONVERWERKBAAR);
            assertThat(new Br78SoortInkomstenverhoudingGeldig().toets(ctx("SPW", ikv(ikp().soort("99")), p)))
                    .singleElement().satisfies(b -> assertThat(b.melding()).contains("99"));
        }

        @Test
        void geldigOfVoor2021() {
            assertThat(new Br78SoortInkomstenverhoudingGeldig().toets(ctx("SPW", ikv(ikp().soort("15")), p)))
                    .isEmpty();
            assertThat(new Br78SoortInkomstenverhoudingGeldig().toets(
                    ctx("SPW", ikv(ikp("2020-12-01").soort(null)), p))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR80-BR89: geldigheid datums en codes van verbijzonderingen (ABP, PWRI)")
    class VastVerbijzonderingen {
        @Test
        void fpuNa2006() {
            assertThat(signalen(new Br84GeldigheidVerbijzonderingFpu(),
                    ctx("ABP", ikv(ikp("2006-01-02").verbijzondering("FPU")), seeded()))).hasSize(1);
            assertThat(new Br84GeldigheidVerbijzonderingFpu().toets(
                    ctx("ABP", ikv(ikp("2006-01-01").verbijzondering("FPU")), LEEG))).isEmpty();
            assertThat(signalen(new Br84GeldigheidVerbijzonderingFpu(),
                    ctx("PWRI", ikv(ikp("2010-01-01").verbijzondering("FPU")), seeded()))).isEmpty();
        }

        @Test
        void wwuVoor2007EnWneBijPwri() {
            assertThat(new Br82GeldigheidVerbijzonderingWwu().toets(
                    ctx("ABP", ikv(ikp("2006-12-01").verbijzondering("WWU")), LEEG))).hasSize(1);
            assertThat(new Br82GeldigheidVerbijzonderingWwu().toets(
                    ctx("ABP", ikv(ikp("2007-01-01").verbijzondering("WWU")), LEEG))).isEmpty();
            assertThat(new Br80GeldigheidAardInkomstenverhouding().toets(
                    ctx("PWRI", ikv(ikp("1989-12-01").verbijzondering("WNE")), LEEG))).hasSize(1);
            assertThat(new Br80GeldigheidAardInkomstenverhouding().toets(
                    ctx("ABP", ikv(ikp("1995-12-01").verbijzondering("WNE")), LEEG))).hasSize(1);
            assertThat(new Br80GeldigheidAardInkomstenverhouding().toets(
                    ctx("ABP", ikv(ikp("1996-01-01").verbijzondering("WNE")), LEEG))).isEmpty();
            assertThat(new Br83GeldigheidVerbijzonderingSup().toets(
                    ctx("ABP", ikv(ikp("1995-12-01").verbijzondering("SUP")), LEEG))).hasSize(1);
        }

        @Test
        void codesPerAard() {
            assertThat(signalen(new Br87VerbijzonderingWouWwu(),
                    ctx("ABP", ikv(ikp().verbijzondering("WNE")).aard("VW"), seeded()))).hasSize(1);
            assertThat(new Br87VerbijzonderingWouWwu().toets(
                    ctx("ABP", ikv(ikp().verbijzondering("WOU")).aard("VW"), LEEG))).isEmpty();
            assertThat(new Br88VerbijzonderingSup().toets(
                    ctx("ABP", ikv(ikp().verbijzondering("WNE")).aard("VA"), LEEG))).hasSize(1);
            assertThat(new Br89VerbijzonderingVutFpuFlo().toets(
                    ctx("ABP", ikv(ikp().verbijzondering("FLO")).aard("VP"), LEEG))).isEmpty();
            // BR89: at aard VP only VUT, FPU and FLO are valid
            assertThat(new Br89VerbijzonderingVutFpuFlo().toets(
                    ctx("ABP", ikv(ikp().verbijzondering("WNE")).aard("VP"), LEEG))).hasSize(1);
            assertThat(new Br89VerbijzonderingVutFpuFlo().toets(
                    ctx("ABP", ikv(ikp().verbijzondering("WNE")).aard("WN"), LEEG))).isEmpty();
            assertThat(signalen(new Br87VerbijzonderingWouWwu(),
                    ctx("BOUW", ikv(ikp().verbijzondering("WNE")).aard("VW"), seeded()))).isEmpty();
        }
    }
}
