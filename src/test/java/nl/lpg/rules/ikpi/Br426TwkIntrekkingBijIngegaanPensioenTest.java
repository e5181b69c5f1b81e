package nl.lpg.rules.ikpi;

import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.Signaal;
import nl.lpg.rules.extern.PensioenadministratieBron;
import nl.lpg.testsupport.Pensioenadministraties;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.lpg.rules.ikpi.AeTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR426 (Schoonmaak, Interne beoordeling): "Voor personen van wie het pensioen is ingegaan of een afkoop of
 * waardeoverdracht heeft plaatsgevonden, moet beoordeeld worden of de InkomstenPeriodeIntrekking verwerkt mag worden.
 * Intrekkingen die de werkgever t.a.v. perioden voor het huidige kalenderjaar - 1 aanlevert worden niet meer
 * automatisch verwerkt." Peildatum 2026-02-15: the limit is 2025.
 */
class Br426TwkIntrekkingBijIngegaanPensioenTest {

    private final Parameters p = TestParameters.create().seededRegels().build();

    private List<Signaal> signalen(PensioenadministratieBron pa, String datumIntrekking) {
        var ae = inhoud(ae(1, "SCHOONMAAK", Periodiciteit.MAAND, "2026-01-01", "2026-01-31"),
                intrekking("P1", "1", datumIntrekking, "111222333"));
        return AeTestHulp.signalen(new Br426TwkIntrekkingBijIngegaanPensioen(pa), ctx(ae, p));
    }

    @Test
    @DisplayName("BR426 intrekking over 2024 van iemand met ingegaan pensioen: Interne beoordeling")
    void ingegaanPensioen() {
        assertThat(signalen(Pensioenadministraties.van("SCHOONMAAK;111222333;PENSIOEN_INGEGAAN;;2025-01-01;"),
                "2024-11-01")).singleElement().satisfies(s -> {
                    assertThat(s.aard()).isEqualTo(Aard.INTERNE_BEOORDELING);
                    assertThat(s.melding()).contains("pensioen ingegaan op 2025-01-01").doesNotContain("111222333");
                });
    }

    @Test
    @DisplayName("BR426 zwijgt voor een intrekking in 2025 of later, of zonder ingegaan pensioen, afkoop of waardeoverdracht")
    void zwijgt() {
        PensioenadministratieBron pa = Pensioenadministraties.van("SCHOONMAAK;111222333;WAARDEOVERDRACHT;;2025-01-01;");
        assertThat(signalen(pa, "2025-03-01")).isEmpty();
        assertThat(signalen(Pensioenadministraties.van(), "2024-11-01")).isEmpty();
        assertThat(new Br426TwkIntrekkingBijIngegaanPensioen().bronGeconfigureerd()).isFalse();
    }
}
