package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.Signaal;
import nl.lpg.rules.extern.PensioenadministratieBron;
import nl.lpg.rules.ikp.IkvTestHulp;
import nl.lpg.testsupport.Pensioenadministraties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR421 (Schoonmaak, Interne beoordeling): "Inkomstenperioden die de werkgever t.a.v. perioden voor het huidige
 * kalenderjaar - 1 aanlevert worden niet meer automatisch verwerkt. Voor personen van wie het pensioen is ingegaan of een
 * afkoop of waardeoverdracht heeft plaatsgevonden, moet beoordeeld worden of de Inkomstenperiode verwerkt mag worden."
 * Peildatum 2026-02-15: the limit is 2025.
 */
class Br421TwkIkpBijIngegaanPensioenTest {

    private final Parameters p = seeded();

    private List<Signaal> signalen(PensioenadministratieBron pa, String aanvangIkp) {
        return IkvTestHulp.signalen(new Br421TwkIkpBijIngegaanPensioen(pa),
                ctx("SCHOONMAAK", ikv(ikp(aanvangIkp)), p));
    }

    @Test
    @DisplayName("BR421 inkomstenperiode over 2024 van iemand met ingegaan pensioen, afkoop of waardeoverdracht: Interne beoordeling")
    void ingegaanPensioen() {
        for (String soort : new String[]{"PENSIOEN_INGEGAAN", "AFKOOP", "WAARDEOVERDRACHT"}) {
            assertThat(signalen(Pensioenadministraties.van("SCHOONMAAK;111222333;" + soort + ";;2025-07-01;"),
                    "2024-10-01")).as(soort).singleElement().satisfies(s -> {
                        assertThat(s.aard()).isEqualTo(Aard.INTERNE_BEOORDELING);
                        assertThat(s.jaar()).isEqualTo(2024);
                    });
        }
    }

    @Test
    @DisplayName("BR421 zwijgt voor een periode in 2025 of later, zonder situatie, of met een situatie na de systeemdatum")
    void zwijgt() {
        PensioenadministratieBron pa = Pensioenadministraties.van("SCHOONMAAK;111222333;AFKOOP;;2025-07-01;");
        assertThat(signalen(pa, "2025-01-01")).isEmpty();
        assertThat(signalen(Pensioenadministraties.van("SCHOONMAAK;111222333;PENSIOENRICHTDATUM;;2020-01-01;"),
                "2024-10-01")).isEmpty();
        assertThat(signalen(Pensioenadministraties.van("SCHOONMAAK;111222333;PENSIOEN_INGEGAAN;;2026-06-01;"),
                "2024-10-01")).isEmpty();
    }
}
