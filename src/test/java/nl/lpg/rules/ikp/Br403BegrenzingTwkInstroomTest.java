package nl.lpg.rules.ikp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ctx;
import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.pvv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR403: "Indien een maximum aantal loontijdvakken TWK voor een opdrachtgever ingesteld is (parameter) mogen de
 * periodegegevens niet voorbij het aantal maximum loontijdvakken liggen. Dit wordt getoetst op het niveau van de
 * inkomstenperiode binnen een inkomstenverhouding."
 */
@DisplayName("BR403: controle begrenzing TWK instroom")
class Br403BegrenzingTwkInstroomTest {

    // levering aangemaakt 2026-02-03: three monthly loontijdvakken back is November 2025
    private final Parameters p = TestParameters.create().seededRegels()
            .row("TwkBegrenzing", "opdrachtgever", "ABP", "maximumAantalLoontijdvakkenTwk", 3).build();
    private final Br403BegrenzingTwkInstroom regel = new Br403BegrenzingTwkInstroom();

    @Test
    void ikpTeVerTerug() {
        assertThat(signalen(regel, ctx("ABP", ikv(ikp("2025-10-01").pvv(pvv("OP", "2025-10-01", "4000.00", null,
                null))), p))).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.INTERNE_BEOORDELING);
            assertThat(x.melding()).contains("2025-10-01", "2025-11-01");
        });
        // a PVP before the limit counts too
        assertThat(regel.toets(ctx("ABP", ikv(ikp("2025-11-01").pvv(pvv("OP", "2025-10-15", "4000.00", null,
                null))), p))).hasSize(1);
    }

    @Test
    void binnenDeGrensOfNietBegrensd() {
        assertThat(regel.toets(ctx("ABP", ikv(ikp("2025-11-01").pvv(pvv("OP", "2025-11-01", "4000.00", null,
                null))), p))).isEmpty();
        assertThat(regel.toets(ctx("BOUW", ikv(ikp("2020-01-01").pvv(pvv("OP", "2020-01-01", "4000.00", null,
                null))), p))).isEmpty();
    }
}
