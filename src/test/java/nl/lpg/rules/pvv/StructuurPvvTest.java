package nl.lpg.rules.pvv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class StructuurPvvTest {

    private final Parameters p = TestParameters.create().seededRegels().build();

    @Test
    @DisplayName("BR114 Einde product ligt na einde inkomstenverhouding: structuurcontrole, fires one day after IKV end")
    void br114() {
        var regel = new Br114EindeProductNaEindeIkv();
        assertThat(regel.isStructuurcontrole()).isTrue();
        LocalDate ikvEinde = LocalDate.of(2026, 1, 20);
        var teLaat = ikv("WN", LocalDate.of(2020, 1, 1), ikvEinde, np(),
                ikp(pvv("OPNP", null, JAN, ikvEinde.plusDays(1), pvp(JAN, "3000.00"))));
        var opEinde = ikv("WN", LocalDate.of(2020, 1, 1), ikvEinde, np(),
                ikp(pvv("OPNP", null, JAN, ikvEinde, pvp(JAN, "3000.00"))));
        var signalen = voerUit(regel, ctx("BOUW", teLaat, p));
        assertThat(signalen).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(s.melding()).contains("2026-01-21", "2026-01-20");
            assertThat(s.productkeuze()).isEqualTo("OPNP");
        });
        assertThat(regel.toets(ctx("BOUW", opEinde, p))).isEmpty();
    }

    @Test
    @DisplayName("BR283 Product mag niet ingaan voor inkomstenverhouding")
    void br283() {
        var regel = new Br283ProductNietVoorInkomstenverhouding();
        assertThat(regel.isStructuurcontrole()).isTrue();
        LocalDate ikvAanvang = LocalDate.of(2026, 1, 10);
        var voor = ikv("WN", ikvAanvang, null, np(), ikp(pvv("OPNP", null, ikvAanvang.minusDays(1), null, pvp(JAN, "1"))));
        var op = ikv("WN", ikvAanvang, null, np(), ikp(pvv("OPNP", null, ikvAanvang, null, pvp(JAN, "1"))));
        assertThat(voerUit(regel, ctx("ABP", voor, p))).hasSize(1);
        assertThat(regel.toets(ctx("ABP", op, p))).isEmpty();
    }
}
