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
 * BR203 (PFAB, Onverwerkbaar): "Als Code meetelling Nee wordt aangeleverd, dan mogen er geen verplichte producten
 * beschikbaar zijn op datum aanvang IKP: Voor PFAB mag code meetelling Nee aangeleverd worden vanaf
 * pensioenrichtdatum. Vanaf die datum is alleen voor periodes met datum aanvang 1-1-eejj een product (SFA) verplicht."
 */
class Br203MeetellingNeeAlleenZonderVerplichteProductenTest {

    private final Parameters p = seeded();

    private List<Signaal> signalen(PensioenadministratieBron pa, String aanvang, String meetelling) {
        return IkvTestHulp.signalen(new Br203MeetellingNeeAlleenZonderVerplichteProducten(pa),
                ctx("PFAB", ikv(ikp(aanvang).meetelling(meetelling).geenPvv().geenWn()), p));
    }

    @Test
    @DisplayName("BR203 code meetelling Nee voor de pensioenrichtdatum, of zonder bekende pensioenrichtdatum: Onverwerkbaar")
    void voorPensioenrichtdatum() {
        assertThat(signalen(Pensioenadministraties.van("PFAB;111222333;PENSIOENRICHTDATUM;;2026-06-01;"),
                "2026-01-05", "N")).singleElement().satisfies(s -> {
                    assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                    assertThat(s.melding()).contains("pensioenrichtdatum 2026-06-01");
                });
        assertThat(signalen(Pensioenadministraties.van(), "2026-01-05", "N")).hasSize(1);
    }

    @Test
    @DisplayName("BR203 vanaf de pensioenrichtdatum is alleen voor een periode met datum aanvang 1-1 (SFA) een product verplicht")
    void eenJanuari() {
        PensioenadministratieBron pa = Pensioenadministraties.van("PFAB;111222333;PENSIOENRICHTDATUM;;2025-06-01;");
        assertThat(signalen(pa, "2026-01-01", "N")).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("SFA"));
        assertThat(signalen(pa, "2026-01-05", "N")).as("Nee vanaf de pensioenrichtdatum").isEmpty();
        assertThat(signalen(pa, "2026-01-01", "J")).as("meetelling Ja").isEmpty();
    }
}
