package nl.lpg.rules.pvp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class PvpProductloonTest {

    private final Parameters p = TestParameters.create().seededRegels()
            .row("ProductloonGrenzen", "opdrachtgever", "ABP", "minimumProductloon", "1000.00", "maximumProductloon", "500000.00")
            .row("ProductvariantKenmerken", "opdrachtgever", "PFAB", "productkeuze", "OP", "productvariant", "PLUS", "minimumProductloon", "60000.00")
            .row("ProductvariantKenmerken", "opdrachtgever", "BOUW", "productkeuze", "ARBO", "productloonOnafhankelijk", Boolean.TRUE)
            .row("ProductvariantKenmerken", "opdrachtgever", "SPW", "productkeuze", "ANW", "productloonOnafhankelijk", Boolean.TRUE)
            .row("Marges", "regel", "261", "opdrachtgever", "PFAB", "productkeuze", "*", "absoluteMarge", "1.00")
            .row("Marges", "regel", "262", "opdrachtgever", "PFAB", "productkeuze", "*", "absoluteMarge", "1.00")
            // The same data for a fund outside each rule's scope, so a negative test is silent by the scope alone
            // (Regels: 116/117/251 ABP and PFAB, 261/262 PFAB).
            .row("ProductloonGrenzen", "opdrachtgever", "SPW", "minimumProductloon", "1000.00", "maximumProductloon", "500000.00")
            .row("ProductvariantKenmerken", "opdrachtgever", "SPW", "productkeuze", "OP", "productvariant", "PLUS", "minimumProductloon", "60000.00")
            .row("Marges", "regel", "261", "opdrachtgever", "SPW", "productkeuze", "*", "absoluteMarge", "1.00")
            .row("Marges", "regel", "262", "opdrachtgever", "SPW", "productkeuze", "*", "absoluteMarge", "1.00")
            .build();
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MRT = LocalDate.of(2026, 3, 1);

    @Test
    @DisplayName("BR116/BR117 (ABP, PFAB) productloon op datum aanvang PVP >= waarschijnlijk minimum en <= waarschijnlijk maximum")
    void br116en117() {
        var min = new Br116ProductloonBovenWaarschijnlijkMinimum();
        var max = new Br117ProductloonOnderWaarschijnlijkMaximum();
        assertThat(voerUit(min, ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "999.99")))), p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK));
        assertThat(min.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "1000.00")))), p))).isEmpty();
        assertThat(voerUit(max, ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "500000.01")))), p))).hasSize(1);
        assertThat(max.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "500000.00")))), p))).isEmpty();
        var spwTeLaag = ctx("SPW", ikv(ikp(pvv("OPNP", null, pvp(JAN, "1.00")))), p);
        var spwTeHoog = ctx("SPW", ikv(ikp(pvv("OPNP", null, pvp(JAN, "500000.01")))), p);
        assertThat(min.toets(spwTeLaag)).as("SPW has a minimum too").hasSize(1);
        assertThat(max.toets(spwTeHoog)).as("SPW has a maximum too").hasSize(1);
        assertThat(voerUit(min, spwTeLaag)).as("not for SPW").isEmpty();
        assertThat(voerUit(max, spwTeHoog)).as("not for SPW").isEmpty();
    }

    @Test
    @DisplayName("BR182 (ABP, PWRI) het productloon moet minder zijn dan 10 miljoen euro")
    void br182() {
        var regel = new Br182ProductloonKleinerDanTienMiljoen();
        assertThat(voerUit(regel, ctx("PWRI", ikv(ikp(pvv("OPNP", null, pvp(JAN, "10000000.00")))), p))).hasSize(1);
        assertThat(regel.toets(ctx("PWRI", ikv(ikp(pvv("OPNP", null, pvp(JAN, "9999999.99")))), p))).isEmpty();
        var bouw = ctx("BOUW", ikv(ikp(pvv("PP", null, pvp(JAN, "10000000.00")))), p);
        assertThat(regel.toets(bouw)).hasSize(1);
        assertThat(voerUit(regel, bouw)).as("not for Bouw").isEmpty();
    }

    @Test
    @DisplayName("BR189 als premie en/of premiegrondslag > 0 wordt aangeleverd, dan moet het productloon > 0 zijn")
    void br189() {
        var regel = new Br189ProductloonGroterDanNul();
        var premieZonderLoon = ikv(ikp(pvv("OPNP", null, pvp(JAN, "0.00", null, "100.00", "20.00", "100", null, null))));
        var alles0 = ikv(ikp(pvv("OPNP", null, pvp(JAN, "0.00", null, "0.00", "0.00", "100", null, null))));
        var metLoon = ikv(ikp(pvv("OPNP", null, pvp(JAN, "0.01", null, "100.00", "20.00", "100", null, null))));
        assertThat(voerUit(regel, ctx("SPW", premieZonderLoon, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("0.00", "100.00", "20.00"));
        assertThat(regel.toets(ctx("SPW", alles0, p))).isEmpty();
        assertThat(regel.toets(ctx("SPW", metLoon, p))).isEmpty();
        assertThat(voerUit(regel, ctx("BOUW", premieZonderLoon, p))).as("not for Bouw").isEmpty();
    }

    @Test
    @DisplayName("BR199 (Bouw, Schoonmaak) productloon moet gevuld en >= 0 zijn, behalve voor producten zonder productloon")
    void br199() {
        var regel = new Br199ProductloonGevuldEnNietNegatief();
        assertThat(voerUit(regel, ctx("BOUW", ikv(ikp(pvv("OP", null, pvp(JAN, null)))), p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("niet gevuld"));
        assertThat(regel.toets(ctx("BOUW", ikv(ikp(pvv("OP", null, pvp(JAN, "0.00")))), p))).isEmpty();
        assertThat(regel.toets(ctx("BOUW", ikv(ikp(pvv("ARBO", null, pvp(JAN, null)))), p))).isEmpty();
        var pfab = ctx("PFAB", ikv(ikp(pvv("PPA", null, pvp(JAN, null)))), p);
        assertThat(regel.toets(pfab)).hasSize(1);
        assertThat(voerUit(regel, pfab)).as("not for PFAB").isEmpty();
    }

    @Test
    @DisplayName("BR251 (ABP, PFAB) productloon moet >= het minimum productloon van de gekozen productvariant zijn")
    void br251() {
        var regel = new Br251ProductloonMinimumProductvariant();
        assertThat(voerUit(regel, ctx("PFAB", ikv(ikp(pvv("OP", "PLUS", pvp(JAN, "59999.99")))), p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("59999.99", "60000.00", "OP/PLUS"));
        assertThat(regel.toets(ctx("PFAB", ikv(ikp(pvv("OP", "PLUS", pvp(JAN, "60000.00")))), p))).isEmpty();
        assertThat(regel.toets(ctx("PFAB", ikv(ikp(pvv("OP", null, pvp(JAN, "10.00")))), p))).isEmpty();
        var spw = ctx("SPW", ikv(ikp(pvv("OP", "PLUS", pvp(JAN, "59999.99")))), p);
        assertThat(regel.toets(spw)).as("SPW has the same minimum").hasSize(1);
        assertThat(voerUit(regel, spw)).as("not for SPW").isEmpty();
    }

    @Test
    @DisplayName("BR261/BR262 (PFAB) productloon van een product binnen IKV en kalenderjaar: stijging Onverwerkbaar, daling Onwaarschijnlijk")
    void br261en262() {
        var stijging = new Br261ProductloonNietVerhoogdBinnenKalenderjaar();
        var daling = new Br262ProductloonVerlaagdBinnenKalenderjaar();
        var omhoog = ikv(ikp(pvv("OP", null, pvp(JAN, "30000.00"), pvp(FEB, "30001.01"))));
        var binnenMarge = ikv(ikp(pvv("OP", null, pvp(JAN, "30000.00"), pvp(FEB, "30001.00"))));
        var omlaagDanOmhoog = ikv(ikp(pvv("OP", null, pvp(JAN, "30000.00"), pvp(FEB, "28000.00"), pvp(MRT, "29000.00"))));
        var omlaag = ikv(ikp(pvv("OP", null, pvp(JAN, "30000.00"), pvp(FEB, "28000.00"))));
        assertThat(voerUit(stijging, ctx("PFAB", omhoog, p))).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(s.jaar()).isEqualTo(2026);
        });
        assertThat(stijging.toets(ctx("PFAB", binnenMarge, p))).isEmpty();
        assertThat(stijging.toets(ctx("PFAB", omlaagDanOmhoog, p))).as("ook niet na een toegestane daling").hasSize(1);
        assertThat(daling.toets(ctx("PFAB", omlaagDanOmhoog, p))).as("262 not when 261 found a rise").isEmpty();
        assertThat(voerUit(daling, ctx("PFAB", omlaag, p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK));
        assertThat(stijging.toets(ctx("PFAB", omlaag, p))).isEmpty();
        // SPW has the same margins: only the scope (PFAB) keeps both silent
        assertThat(stijging.toets(ctx("SPW", omhoog, p))).hasSize(1);
        assertThat(daling.toets(ctx("SPW", omlaag, p))).hasSize(1);
        assertThat(voerUit(stijging, ctx("SPW", omhoog, p))).as("not for SPW").isEmpty();
        assertThat(voerUit(daling, ctx("SPW", omlaag, p))).as("not for SPW").isEmpty();
    }

    @Test
    @DisplayName("BR172 (Schoonmaak) productloon BPFSGB moet gelijk zijn aan FBORAS als de perioden overeenkomen en het loon > 0 is")
    void br172() {
        var regel = new Br172ProductloonSchoonmaakGelijkAanRas();
        var anders = ikv(ikp(pvv("BPFSGB", null, pvp(JAN, "2000.00")), pvv("FBORAS", null, pvp(JAN, "2100.00"))));
        var gelijk = ikv(ikp(pvv("BPFSGB", null, pvp(JAN, "2000.00")), pvv("FBORAS", null, pvp(JAN, "2000.0"))));
        var anderePerioden = ikv(ikp(pvv("BPFSGB", null, pvp(JAN, "2000.00"), pvp(LocalDate.of(2026, 1, 15), "2000.00")),
                pvv("FBORAS", null, pvp(JAN, "2100.00"))));
        var nul = ikv(ikp(pvv("BPFSGB", null, pvp(JAN, "0.00")), pvv("FBORAS", null, pvp(JAN, "2100.00"))));
        assertThat(voerUit(regel, ctx("SCHOONMAAK", anders, p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.VERWERKBAAR));
        assertThat(regel.toets(ctx("SCHOONMAAK", gelijk, p))).isEmpty();
        assertThat(regel.toets(ctx("SCHOONMAAK", anderePerioden, p))).isEmpty();
        assertThat(regel.toets(ctx("SCHOONMAAK", nul, p))).isEmpty();
        assertThat(regel.toets(ctx("BOUW", anders, p))).hasSize(1);
        assertThat(voerUit(regel, ctx("BOUW", anders, p))).as("not for Bouw").isEmpty();
    }

    @Test
    @DisplayName("PVP-IKP-CONSTANT (SPW) productloon van alle PVP's binnen een IKP moet constant zijn (niet productloononafhankelijk, niet leeg)")
    void ikpConstant() {
        var regel = new BrPvpIkpConstantProductloonBinnenIkp();
        var anders = ikv(ikp(pvv("OP", null, pvp(JAN, "3000.00")), pvv("NP", null, pvp(JAN, "3100.00"))));
        var metOnafhankelijk = ikv(ikp(pvv("OP", null, pvp(JAN, "3000.00")), pvv("ANW", null, pvp(JAN, "10.00")),
                pvv("NP", null, pvp(JAN, null))));
        assertThat(voerUit(regel, ctx("SPW", anders, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("3000.00", "3100.00"));
        assertThat(regel.toets(ctx("SPW", metOnafhankelijk, p))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", anders, p))).as("only SPW").isEmpty();
    }
}
