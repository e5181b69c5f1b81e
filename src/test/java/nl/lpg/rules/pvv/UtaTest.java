package nl.lpg.rules.pvv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Werknemergegevens;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class UtaTest {

    private final Parameters p = TestParameters.create().seededRegels()
            .row("Beroepen", "opdrachtgever", "BOUW", "codeBeroep", "UTA01", "indicatieUta", Boolean.TRUE)
            .row("Beroepen", "opdrachtgever", "BOUW", "codeBeroep", "BOUW01", "indicatieUta", Boolean.FALSE)
            .row("ProductvariantKenmerken", "opdrachtgever", "BOUW", "productkeuze", "OP", "productvariant", "UTA", "indicatieUta", Boolean.TRUE)
            .row("ProductvariantKenmerken", "opdrachtgever", "BOUW", "productkeuze", "OP", "productvariant", "BOUW", "indicatieUta", Boolean.FALSE)
            .row("CaoKenmerken", "opdrachtgever", "BOUW", "codeCao", "DAK", "utaControleOnverwerkbaar", Boolean.TRUE)
            .build();

    private static nl.lpg.delivery.Inkomstenverhouding met(String cao, String beroep, String variant) {
        Inkomstenperiode ikp = new Inkomstenperiode(JAN, null, "WNE", "J", new BigDecimal("1.0000"), null, null, cao, beroep,
                null, List.of(new Werknemergegevens(null, null)), List.of(pvv("OP", variant, pvp(JAN, "1"))), Units.P);
        return ikv(ikp);
    }

    @Test
    @DisplayName("BR216/BR293 (Bouw) beroep en productkeuze/variant moeten beide al dan niet UTA zijn; BR293 Onverwerkbaar bij de dakdekkers-CAO, BR216 Onwaarschijnlijk bij overige")
    void uta() {
        var br216 = new Br216BeroepEnProductUta();
        var br293 = new Br293BeroepEnProductUtaDakbedekkers();
        assertThat(voerUit(br216, ctx("BOUW", met("BOUWCAO", "BOUW01", "UTA"), p))).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK);
            assertThat(s.melding()).contains("BOUW01", "OP/UTA");
        });
        assertThat(br293.toets(ctx("BOUW", met("BOUWCAO", "BOUW01", "UTA"), p))).isEmpty();
        assertThat(voerUit(br293, ctx("BOUW", met("DAK", "UTA01", "BOUW"), p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR));
        assertThat(br216.toets(ctx("BOUW", met("DAK", "UTA01", "BOUW"), p))).isEmpty();
        assertThat(br216.toets(ctx("BOUW", met("BOUWCAO", "UTA01", "UTA"), p))).isEmpty();
        assertThat(br216.toets(ctx("BOUW", met("BOUWCAO", "BOUW01", "ANDERS"), p))).as("product without indicatie UTA").isEmpty();
    }
}
