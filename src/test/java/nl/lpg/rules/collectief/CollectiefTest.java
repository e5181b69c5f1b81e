package nl.lpg.rules.collectief;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.AeAfsluitingContext;
import nl.lpg.rules.AeAfsluitingRegel;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.Aard;
import nl.lpg.rules.LeveringAfsluitingContext;
import nl.lpg.rules.LeveringAfsluitingRegel;
import nl.lpg.rules.Regelmotor;
import nl.lpg.rules.Signaal;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.lpg.testsupport.PvvFixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

class CollectiefTest {

    private final Parameters p = TestParameters.create().seededRegels().build();

    private static CollectieveAangifte ca(String keuze, String variant, String loon, String grondslag, String premie,
                                          String incidenteel) {
        return new CollectieveAangifte(keuze, variant, bd(loon), bd(grondslag), bd(premie), bd(incidenteel), Units.P);
    }

    private static AeInhoud ae(String opdrachtgever, CollectieveAangifte... aangiften) {
        return new AeInhoud(Units.ae(opdrachtgever), 1, List.of(), List.of(aangiften));
    }

    private static AeAfsluitingContext.ProductSom som(String keuze, String variant, int n, String loon, String grondslag,
                                                      String premie, String incidenteel) {
        return new AeAfsluitingContext.ProductSom(keuze, variant, n, bd(loon), bd(grondslag), bd(premie), bd(incidenteel));
    }

    private List<Signaal> voerUit(AeAfsluitingRegel r, AeAfsluitingContext ctx) {
        return Regelmotor.voerUit(List.of(r), ctx, x -> x.toets(ctx), ctx.parameters(), ctx.ae().ae().opdrachtgever(),
                ctx.ae().ae().datumAanvangTijdvak(), new Regelmotor.Sleutels(ctx.levering(), ctx.ae().ae(), null));
    }

    private List<Signaal> voerUit(LeveringAfsluitingRegel r, LeveringAfsluitingContext ctx) {
        return Regelmotor.voerUit(List.of(r), ctx, x -> x.toets(ctx), ctx.parameters(), "ABP",
                LocalDate.of(2026, 1, 1), new Regelmotor.Sleutels(ctx.levering(), null, null));
    }

    private AeAfsluitingContext aeCtx(Parameters params, AeInhoud ae, AeAfsluitingContext.ProductSom... sommen) {
        Map<String, AeAfsluitingContext.ProductSom> m = new java.util.LinkedHashMap<>();
        for (var s : sommen) {
            m.put(s.productkeuze() + "|" + (s.productvariant() == null ? "" : s.productvariant()), s);
        }
        return new AeAfsluitingContext(Units.levering(), ae, m, params, LocalDate.of(2026, 2, 10));
    }

    @Test
    @DisplayName("BR133/BR134/BR135/BR382 het totaal in de collectieve aangifte AE per productkeuze/variant moet gelijk zijn aan het totaal over de PVP's")
    void controletotalenAe() {
        var ae = ae("ABP", ca("OPNP", null, "10000.00", "8000.00", "1600.00", "200.00"));
        var klopt = aeCtx(p, ae, som("OPNP", null, 3, "10000.00", "8000.00", "1600.00", "200.00"));
        var wijkt = aeCtx(p, ae, som("OPNP", null, 3, "10000.01", "7999.99", "1600.10", "0"));
        for (AeAfsluitingRegel r : List.<AeAfsluitingRegel>of(new Br133ControletotaalPensioengevendLoonAe(),
                new Br134ControletotaalPremiegrondslagAe(), new Br135ControletotaalPremieAe(),
                new Br382ControletotaalProductloonIncidenteelAe())) {
            assertThat(r.toets(klopt)).as(r.regel()).isEmpty();
            assertThat(voerUit(r, wijkt)).as(r.regel()).singleElement().satisfies(s -> {
                assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                assertThat(s.productkeuze()).isEqualTo("OPNP");
                assertThat(s.melding()).contains("A1000");
            });
        }
        assertThat(new Br133ControletotaalPensioengevendLoonAe().toets(wijkt).get(0).melding()).contains("10000.00", "10000.01");
        // An aangifte without PVPs counts 0 against its total
        assertThat(new Br134ControletotaalPremiegrondslagAe().toets(aeCtx(p, ae))).hasSize(1);
    }

    @Test
    @DisplayName("BR134 with an absolute marge from the Marges sheet: a difference within the marge is no signal")
    void margeUitParameters() {
        Parameters metMarge = TestParameters.create().seededRegels()
                .row("Marges", "regel", "134", "opdrachtgever", "*", "productkeuze", "*", "absoluteMarge", "0.05").build();
        var ae = ae("ABP", ca("OPNP", null, "0", "8000.00", "0", null));
        assertThat(new Br134ControletotaalPremiegrondslagAe().toets(aeCtx(metMarge, ae, som("OPNP", null, 1, "0", "8000.05", "0", null)))).isEmpty();
        assertThat(new Br134ControletotaalPremiegrondslagAe().toets(aeCtx(metMarge, ae, som("OPNP", null, 1, "0", "8000.06", "0", null)))).hasSize(1);
    }

    @Test
    @DisplayName("BR180 de productkeuze/variant van de PVP's moet voorkomen in de collectieve aangifte van de AE")
    void br180() {
        var regel = new Br180ProductkeuzesInCollectieveAangifte();
        var ae = ae("BOUW", ca("OP", "A", "1", "1", "1", null));
        assertThat(regel.toets(aeCtx(p, ae, som("OP", "A", 1, "1", "1", "1", null)))).isEmpty();
        assertThat(voerUit(regel, aeCtx(p, ae, som("OP", "A", 1, "1", "1", "1", null), som("OP", null, 2, "1", "1", "1", null))))
                .singleElement().satisfies(s -> {
                    assertThat(s.productkeuze()).isEqualTo("OP");
                    assertThat(s.productvariant()).isNull();
                });
    }

    @Test
    @DisplayName("BR355 in een AE mag een collectieve aangifte (productkeuze + productvariant, ook lege variant) maar één keer voorkomen")
    void br355() {
        var regel = new Br355CollectieveAangifteUniekBinnenAe();
        var dubbel = ae("PFAB", ca("OP", null, "1", "1", "1", null), ca("OP", null, "2", "2", "2", null), ca("OP", "X", "1", "1", "1", null));
        var ctx = new AeContext(Units.levering(), dubbel, List.of(dubbel), p, TestParameters.create().buildOrganisatie(), LocalDate.of(2026, 2, 10));
        var signalen = Regelmotor.voerUit(List.of(regel), ctx, r -> r.toets(ctx), p, "PFAB", LocalDate.of(2026, 1, 1),
                new Regelmotor.Sleutels(ctx.levering(), dubbel.ae(), null));
        assertThat(signalen).singleElement().satisfies(s -> assertThat(s.melding()).contains("OP", "A1000"));
    }

    private LeveringAfsluitingContext levCtx(List<CollectieveAangifte> levering, AeInhoud... aes) {
        return new LeveringAfsluitingContext(Units.levering(), levering, List.of(aes), Map.of(), p, LocalDate.of(2026, 2, 10));
    }

    @Test
    @DisplayName("BR130/BR131/BR132/BR358 per productkeuze/variant: som over de collectieve aangiften van de AE's = collectieve aangifte levering")
    void controletotalenLevering() {
        var ae1 = ae("ABP", ca("OPNP", null, "1000.00", "800.00", "160.00", "10.00"));
        var ae2 = ae("ABP", ca("OPNP", null, "500.00", "400.00", "80.00", "5.00"));
        var klopt = levCtx(List.of(ca("OPNP", null, "1500.00", "1200.00", "240.00", "15.00")), ae1, ae2);
        var wijkt = levCtx(List.of(ca("OPNP", null, "1500.01", "1200.01", "240.01", "15.01")), ae1, ae2);
        for (LeveringAfsluitingRegel r : List.<LeveringAfsluitingRegel>of(new Br130ControletotaalPremiegrondslagLevering(),
                new Br131ControletotaalPremieLevering(), new Br132ControletotaalPensioengevendLoonLevering(),
                new Br358ControletotaalProductloonIncidenteelLevering())) {
            assertThat(r.toets(klopt)).as(r.regel()).isEmpty();
            assertThat(voerUit(r, wijkt)).as(r.regel()).singleElement()
                    .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR));
        }
        assertThat(new Br130ControletotaalPremiegrondslagLevering().toets(wijkt).get(0).melding()).contains("1200.01", "1200.00");
    }

    @Test
    @DisplayName("BR354 collectieve aangifte levering uniek; BR181 elke productkeuze/variant van een AE-aangifte moet in de aangifte levering voorkomen")
    void br354en181() {
        var ae1 = ae("ABP", ca("OPNP", null, "1", "1", "1", null), ca("AAOP", null, "1", "1", "1", null));
        var lev = levCtx(List.of(ca("OPNP", null, "1", "1", "1", null), ca("OPNP", null, "0", "0", "0", null)), ae1);
        assertThat(voerUit(new Br354CollectieveAangifteLeveringUniek(), lev)).singleElement()
                .satisfies(s -> assertThat(s.productkeuze()).isEqualTo("OPNP"));
        assertThat(voerUit(new Br181ProductkeuzesAeInCollectieveAangifteLevering(), lev)).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("AAOP", "A1000"));
        var goed = levCtx(List.of(ca("OPNP", null, "1", "1", "1", null), ca("AAOP", null, "1", "1", "1", null)), ae1);
        assertThat(new Br354CollectieveAangifteLeveringUniek().toets(goed)).isEmpty();
        assertThat(new Br181ProductkeuzesAeInCollectieveAangifteLevering().toets(goed)).isEmpty();
    }
}
