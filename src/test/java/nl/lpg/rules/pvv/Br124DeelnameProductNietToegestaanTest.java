package nl.lpg.rules.pvv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.extern.PensioenadministratieBron;
import nl.lpg.testsupport.Pensioenadministraties;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR124 Deelname aan dit product is niet toegestaan (Bouw, Onverwerkbaar): "Iemand kiest het verplichte product,
 * terwijl hij dispensatie heeft. Deze rule hoeft niet af te gaan als de verplichte productkeuze vervalt tijdens AVV-loze
 * periode, want dan mag worden aangeleverd."
 */
class Br124DeelnameProductNietToegestaanTest {

    private final Parameters p = TestParameters.create().seededRegels().build();

    private List<nl.lpg.rules.Signaal> signalen(PensioenadministratieBron pa) {
        var ikv = ikv(ikp(pvv("PP", null, pvp(JAN, "48000.00"))));
        return voerUit(new Br124DeelnameProductNietToegestaan(pa), ctx("BOUW", ikv, p));
    }

    @Test
    @DisplayName("BR124 iemand kiest het verplichte product PP terwijl hij dispensatie heeft: Onverwerkbaar")
    void dispensatie() {
        assertThat(signalen(Pensioenadministraties.van("BOUW;111222333;DISPENSATIE;PP;2025-01-01;")))
                .singleElement().satisfies(s -> {
                    assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                    assertThat(s.productkeuze()).isEqualTo("PP");
                    assertThat(s.melding()).contains("dispensatie").doesNotContain("111222333");
                });
        assertThat(signalen(Pensioenadministraties.van("BOUW;111222333;DISPENSATIE;;2025-01-01;2026-12-31")))
                .as("a dispensatie of every product").hasSize(1);
    }

    @Test
    @DisplayName("BR124 hoeft niet af te gaan tijdens een AVV-loze periode, zonder dispensatie, buiten de dispensatie of bij een ander fonds")
    void zwijgt() {
        assertThat(signalen(Pensioenadministraties.van("BOUW;111222333;DISPENSATIE;PP;2025-01-01;",
                "BOUW;111222333;AVV_LOOS;PP;2025-07-01;2026-06-30"))).isEmpty();
        assertThat(signalen(Pensioenadministraties.van("BOUW;111222333;DISPENSATIE;AOP;2025-01-01;"))).isEmpty();
        assertThat(signalen(Pensioenadministraties.van("BOUW;111222333;DISPENSATIE;PP;2024-01-01;2025-12-31")))
                .isEmpty();
        assertThat(signalen(Pensioenadministraties.van("PFAB;111222333;DISPENSATIE;PP;2025-01-01;"))).isEmpty();
        assertThat(signalen(Pensioenadministraties.van())).isEmpty();
    }

    @Test
    @DisplayName("BR124 zonder pensioenadministratie: niet geëvalueerd, geen bevinding")
    void zonderBron() {
        var regel = new Br124DeelnameProductNietToegestaan();
        assertThat(regel.bronGeconfigureerd()).isFalse();
        assertThat(regel.nietGeevalueerdReden()).contains("import-pensioenadministratie");
        assertThat(regel.toets(ctx("BOUW", ikv(ikp(pvv("PP", null, pvp(JAN, "1")))), p))).isEmpty();
    }
}
