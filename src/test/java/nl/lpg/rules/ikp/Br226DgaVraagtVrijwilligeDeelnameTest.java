package nl.lpg.rules.ikp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.Signaal;
import nl.lpg.rules.extern.PensioenadministratieBron;
import nl.lpg.testsupport.Pensioenadministraties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.lpg.rules.ikp.IkvTestHulp.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR226 (PFAB; via levering Interne beoordeling): "Code verbijzondering DGA mag alleen aangeleverd worden als er voor
 * de IKP minimaal 1 geldige vrijwillige deelname individueel aanwezig is."
 */
class Br226DgaVraagtVrijwilligeDeelnameTest {

    private final Parameters p = seeded();

    private List<Signaal> signalen(PensioenadministratieBron pa, String verbijzondering) {
        return IkvTestHulp.signalen(new Br226DgaVraagtVrijwilligeDeelname(pa),
                ctx("PFAB", ikv(ikp("2026-01-01").verbijzondering(verbijzondering)), p));
    }

    @Test
    @DisplayName("BR226 DGA zonder geldige vrijwillige deelname individueel op datum aanvang IKP: Interne beoordeling")
    void zonderVrijwilligeDeelname() {
        assertThat(signalen(Pensioenadministraties.van(), "DGA")).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.INTERNE_BEOORDELING));
        assertThat(signalen(Pensioenadministraties.van("PFAB;111222333;VRIJWILLIGE_DEELNAME;;2024-01-01;2025-12-31"),
                "DGA")).as("deelname ended before the IKP").hasSize(1);
    }

    @Test
    @DisplayName("BR226 zwijgt met een geldige vrijwillige deelname, of zonder verbijzondering DGA")
    void zwijgt() {
        PensioenadministratieBron pa = Pensioenadministraties.van("PFAB;111222333;VRIJWILLIGE_DEELNAME;;2025-01-01;");
        assertThat(signalen(pa, "DGA")).isEmpty();
        assertThat(signalen(Pensioenadministraties.van(), "REG")).isEmpty();
    }
}
