package nl.lpg.rules.ikp;

import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.Signaal;
import nl.lpg.stand.StandView;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

class IkpStructuurTest {

    private static final Parameters LEEG = TestParameters.create().build();

    @Test
    @DisplayName("Structure checks of section 2 say so")
    void structuurcontroles() {
        List<IkvRegel> s = List.of(new Br70AanvangIkpOpOfNaAanvangIkv(), new Br268AanvangIkpOpOfVoorEindeIkv(),
                new Br273AanvangIkpOpOfVoorEindeIkp(), new Br276IkpsZelfdeVerbijzonderingOverlappenNiet(),
                new Br315GeenPvvOfWnBijMeetellingNee(), new Br327EindeIkpOpOfVoorEindeIkv(),
                new Br364IkpBinnenLoontijdvak());
        assertThat(s).allMatch(IkvRegel::isStructuurcontrole);
        assertThat(new Br274EindeIkpOpOfVoorEindeTijdvak().isStructuurcontrole()).isFalse();
    }

    @Nested
    @DisplayName("Loontijdvak: the hulptabel loontijdvakken from the periodiciteit")
    class Loontijdvakken {
        @Test
        void maandKwartaalHalfjaar() {
            assertThat(Loontijdvak.van(Periodiciteit.MAAND, d("2024-02-10")))
                    .isEqualTo(new Loontijdvak(d("2024-02-01"), d("2024-02-29")));
            assertThat(Loontijdvak.van(Periodiciteit.KWARTAAL, d("2026-05-31")))
                    .isEqualTo(new Loontijdvak(d("2026-04-01"), d("2026-06-30")));
            assertThat(Loontijdvak.van(Periodiciteit.HALFJAAR, d("2026-07-01")))
                    .isEqualTo(new Loontijdvak(d("2026-07-01"), d("2026-12-31")));
        }

        @Test
        void vierWekenVanafEenJanuari() {
            assertThat(Loontijdvak.van(Periodiciteit.VIERWEKEN, d("2026-01-28")))
                    .isEqualTo(new Loontijdvak(d("2026-01-01"), d("2026-01-28")));
            assertThat(Loontijdvak.van(Periodiciteit.VIERWEKEN, d("2026-01-29")))
                    .isEqualTo(new Loontijdvak(d("2026-01-29"), d("2026-02-25")));
            // the thirteenth period runs to 31 December
            assertThat(Loontijdvak.van(Periodiciteit.VIERWEKEN, d("2026-12-31")))
                    .isEqualTo(new Loontijdvak(d("2026-12-03"), d("2026-12-31")));
        }
    }

    @Nested
    @DisplayName("BR70: datum aanvang inkomstenperiode moet op of na datum aanvang inkomstenverhouding liggen")
    class Br70 {
        @Test
        void ikpVoorIkv() {
            IkvContext c = ctx("ABP", ikv(ikp("2026-01-01")).aanvang("2026-01-02"), seeded());
            assertThat(signalen(new Br70AanvangIkpOpOfNaAanvangIkv(), c)).singleElement().satisfies(s -> {
                assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                assertThat(s.datumAanvangInkomstenperiode()).isEqualTo("2026-01-01");
            });
        }

        @Test
        void ikpOpAanvangIkv() {
            assertThat(new Br70AanvangIkpOpOfNaAanvangIkv().toets(
                    ctx("ABP", ikv(ikp("2026-01-02")).aanvang("2026-01-02"), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR268: datum aanvang IKP op of voor datum einde IKV; BR327: datum einde IKP op of voor datum einde IKV")
    class EindeIkv {
        @Test
        void ikpNaEindeIkv() {
            IkvContext c = ctx("ABP", ikv(ikp("2026-01-16")).einde("2026-01-15"), LEEG);
            assertThat(new Br268AanvangIkpOpOfVoorEindeIkv().toets(c)).hasSize(1);
            IkvContext c2 = ctx("ABP", ikv(ikp("2026-01-01").einde("2026-01-16")).einde("2026-01-15"), LEEG);
            assertThat(new Br327EindeIkpOpOfVoorEindeIkv().toets(c2)).hasSize(1);
            assertThat(new Br268AanvangIkpOpOfVoorEindeIkv().toets(c2)).isEmpty();
        }

        @Test
        void opEindeIkvOfGeenEinde() {
            IkvContext c = ctx("ABP", ikv(ikp("2026-01-15").einde("2026-01-15")).einde("2026-01-15"), LEEG);
            assertThat(new Br268AanvangIkpOpOfVoorEindeIkv().toets(c)).isEmpty();
            assertThat(new Br327EindeIkpOpOfVoorEindeIkv().toets(c)).isEmpty();
            assertThat(new Br327EindeIkpOpOfVoorEindeIkv().toets(
                    ctx("ABP", ikv(ikp("2026-01-01").einde("2026-01-20")), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR273: datum aanvang inkomstenperiode moet op of voor datum einde inkomstenperiode liggen")
    class Br273 {
        @Test
        void aanvangNaEinde() {
            assertThat(new Br273AanvangIkpOpOfVoorEindeIkp().toets(
                    ctx("ABP", ikv(ikp("2026-01-10").einde("2026-01-09")), LEEG))).hasSize(1);
            assertThat(new Br273AanvangIkpOpOfVoorEindeIkp().toets(
                    ctx("ABP", ikv(ikp("2026-01-10").einde("2026-01-10")), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR276: IKPs met zelfde verbijzondering mogen elkaar niet overlappen indien einddatum gevuld is")
    class Br276 {
        @Test
        void beginBinnenAndere() {
            IkvContext c = ctx("ABP", ikv(ikp("2026-01-01").einde("2026-01-15"), ikp("2026-01-15")), LEEG);
            assertThat(new Br276IkpsZelfdeVerbijzonderingOverlappenNiet().toets(c)).singleElement()
                    .satisfies(b -> assertThat(b.datumAanvangInkomstenperiode()).isEqualTo(d("2026-01-15")));
        }

        @Test
        void aansluitendOfAndereVerbijzondering() {
            assertThat(new Br276IkpsZelfdeVerbijzonderingOverlappenNiet().toets(
                    ctx("ABP", ikv(ikp("2026-01-01").einde("2026-01-15"), ikp("2026-01-16")), LEEG))).isEmpty();
            assertThat(new Br276IkpsZelfdeVerbijzonderingOverlappenNiet().toets(ctx("ABP",
                    ikv(ikp("2026-01-01").einde("2026-01-15"), ikp("2026-01-10").verbijzondering("ZKG")), LEEG)))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("BR315: bij code meetelling Nee geen pensioen/verzekering verhouding en geen werknemergegevens")
    class Br315 {
        @Test
        void neeMetPvvOfWn() {
            assertThat(new Br315GeenPvvOfWnBijMeetellingNee().toets(
                    ctx("ABP", ikv(ikp().meetelling("N").geenWn()), LEEG))).hasSize(1);
            assertThat(new Br315GeenPvvOfWnBijMeetellingNee().toets(
                    ctx("ABP", ikv(ikp().meetelling("N").geenPvv()), LEEG))).hasSize(1);
        }

        @Test
        void neeZonderBeideOfJa() {
            assertThat(new Br315GeenPvvOfWnBijMeetellingNee().toets(
                    ctx("ABP", ikv(ikp().meetelling("N").geenPvv().geenWn()), LEEG))).isEmpty();
            assertThat(new Br315GeenPvvOfWnBijMeetellingNee().toets(ctx("ABP", ikv(ikp()), LEEG))).isEmpty();
        }
    }

    @Nested
    @DisplayName("BR364: als datum einde IKP gevuld is moeten begin en einde binnen hetzelfde loontijdvak vallen")
    class Br364 {
        @Test
        void overMaandgrens() {
            assertThat(new Br364IkpBinnenLoontijdvak().toets(
                    ctx("ABP", ikv(ikp("2026-01-20").einde("2026-02-01")), LEEG))).singleElement()
                    .satisfies(b -> assertThat(b.melding()).contains("2026-01-01 t/m 2026-01-31"));
        }

        @Test
        void binnenMaandOfKwartaal() {
            assertThat(new Br364IkpBinnenLoontijdvak().toets(
                    ctx("ABP", ikv(ikp("2026-01-20").einde("2026-01-31")), LEEG))).isEmpty();
            IkvContext kwartaal = ctx(ae("ABP", Periodiciteit.KWARTAAL, "2026-01-01", "2026-03-31"),
                    ikv(ikp("2026-01-20").einde("2026-02-01")).build(), LEEG, null, StandView.LEEG);
            assertThat(new Br364IkpBinnenLoontijdvak().toets(kwartaal)).isEmpty();
        }
    }

    @Test
    @DisplayName("BR274: datum einde inkomstenperiode moet op of voor datum einde tijdvak AE vallen")
    void br274() {
        assertThat(new Br274EindeIkpOpOfVoorEindeTijdvak().toets(
                ctx("ABP", ikv(ikp("2026-01-01").einde("2026-02-01")), LEEG))).hasSize(1);
        List<Signaal> ok = signalen(new Br274EindeIkpOpOfVoorEindeTijdvak(),
                ctx("ABP", ikv(ikp("2026-01-01").einde("2026-01-31")), seeded()));
        assertThat(ok).isEmpty();
    }
}
