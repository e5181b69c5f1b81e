package nl.lpg.rules.pvv;

import nl.lpg.parameters.Parameters;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class PvvConsistentieTest {

    private final Parameters p = TestParameters.create().seededRegels()
            .row("ProductvariantKenmerken", "opdrachtgever", "PFAB", "productkeuze", "SFA", "productloonOnafhankelijk", Boolean.TRUE)
            .build();
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate D15 = LocalDate.of(2026, 1, 15);

    @Test
    @DisplayName("BR352 In een inkomstenperiode mag een PVV (productkeuze + productvariant, ook lege variant) maar één keer voorkomen")
    void br352() {
        var regel = new Br352PvvUniekBinnenInkomstenperiode();
        assertThat(voerUit(regel, ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "1")), pvv("OPNP", null, pvp(D15, "1")))), p)))
                .singleElement().satisfies(s -> assertThat(s.melding()).contains("OPNP"));
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "1")), pvv("OPNP", "B", pvp(JAN, "1")))), p))).isEmpty();
    }

    @Test
    @DisplayName("BR278 PVP's binnen een inkomstenperiode met gelijke productkeuze mogen elkaar niet overlappen")
    void br278() {
        var regel = new Br278PvpsGelijkeProductkeuzeNietOverlappen();
        // variant A until 14 Jan (PVV einde), variant B from 15 Jan: they follow each other
        var opvolgend = ikv(ikp(pvv("OP", "A", JAN, D15.minusDays(1), pvp(JAN, "1")), pvv("OP", "B", pvp(D15, "1"))));
        // variant A open to the end of the IKP, B from 15 Jan: overlap
        var overlap = ikv(ikp(pvv("OP", "A", pvp(JAN, "1")), pvv("OP", "B", pvp(D15, "1"))));
        var andereKeuze = ikv(ikp(pvv("OP", "A", pvp(JAN, "1")), pvv("NP", "B", pvp(D15, "1"))));
        assertThat(regel.toets(ctx("BOUW", opvolgend, p))).isEmpty();
        assertThat(voerUit(regel, ctx("BOUW", overlap, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("OP/A", "OP/B"));
        assertThat(regel.toets(ctx("BOUW", andereKeuze, p))).isEmpty();
    }

    @Test
    @DisplayName("BR238 (ABP, PWRI, PFAB) productloon van alle PVP's in hetzelfde kalenderjaar moet gelijk zijn; jaar in het signaal")
    void br238() {
        var regel = new Br238ProductloonConstantInKalenderjaar();
        var gelijk = ikv(ikp(JAN, LocalDate.of(2026, 1, 31), "WNE", null, pvv("OPNP", null, pvp(JAN, "48000.00"))),
                ikp(FEB, null, "WNE", null, pvv("OPNP", null, pvp(FEB, "48000.0")), pvv("AAOP", null, pvp(FEB, "48000"))));
        var anders = ikv(ikp(JAN, LocalDate.of(2026, 1, 31), "WNE", null, pvv("OPNP", null, pvp(JAN, "48000.00"))),
                ikp(FEB, null, "WNE", null, pvv("OPNP", null, pvp(FEB, "50000.00"))));
        var andereJaren = ikv(ikp(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), "WNE", null,
                pvv("OPNP", null, pvp(LocalDate.of(2025, 12, 1), "47000.00"))), ikp(JAN, null, "WNE", null, pvv("OPNP", null, pvp(JAN, "48000.00"))));
        assertThat(regel.toets(ctx("ABP", gelijk, p))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", anders, p))).singleElement().satisfies(s -> {
            assertThat(s.jaar()).isEqualTo(2026);
            assertThat(s.melding()).contains("48000.00", "50000.00");
        });
        assertThat(regel.toets(ctx("ABP", andereJaren, p))).isEmpty();
        assertThat(voerUit(regel, ctx("BOUW", anders, p))).as("not for Bouw").isEmpty();
        // PFAB: SFA is productloononafhankelijk, and a productloon 0 does not count
        var pfab = ikv(ikp(pvv("OP", null, pvp(JAN, "30000.00")), pvv("SFA", null, pvp(JAN, "12.00")), pvv("NP", null, pvp(JAN, "0.00"))));
        assertThat(regel.toets(ctx("PFAB", pfab, p))).isEmpty();
    }

    @Test
    @DisplayName("BR236 (ABP) productloon incidenteel moet constant zijn in het kalenderjaar")
    void br236() {
        var regel = new Br236ProductloonIncidenteelConstantInKalenderjaar();
        var anders = ikv(ikp(pvv("OPNP", null, pvp(JAN, "48000.00", "100.00", null, null, "100", null, null),
                pvp(D15, "48000.00", "200.00", null, null, "100", null, null))));
        var gelijk = ikv(ikp(pvv("OPNP", null, pvp(JAN, "48000.00", "100.00", null, null, "100", null, null),
                pvp(D15, "48000.00", "100.00", null, null, "100", null, null))));
        assertThat(voerUit(regel, ctx("ABP", anders, p))).singleElement().satisfies(s -> assertThat(s.jaar()).isEqualTo(2026));
        assertThat(regel.toets(ctx("ABP", gelijk, p))).isEmpty();
    }

    @Test
    @DisplayName("BR237 (ABP, PPF APG) productloon incidenteel moet, indien ingevuld, kleiner zijn dan het productloon")
    void br237() {
        var regel = new Br237ProductloonIncidenteelKleinerDanProductloon();
        var gelijk = ikv(ikp(pvv("OPNP", null, pvp(JAN, "1000.00", "1000.00", null, null, "100", null, null))));
        var kleiner = ikv(ikp(pvv("OPNP", null, pvp(JAN, "1000.00", "999.99", null, null, "100", null, null))));
        assertThat(voerUit(regel, ctx("PPFAPG", gelijk, p))).singleElement().satisfies(s -> assertThat(s.jaar()).isEqualTo(2026));
        assertThat(regel.toets(ctx("PPFAPG", kleiner, p))).isEmpty();
        assertThat(regel.toets(ctx("PPFAPG", ikv(ikp(pvv("OPNP", null, pvp(JAN, "1000.00")))), p))).isEmpty();
        assertThat(voerUit(regel, ctx("SPW", gelijk, p))).as("not for SPW").isEmpty();
    }
}
