package nl.lpg.rules.ikv;

import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ae;
import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR357: "Een datum aanvang inkomstenverhouding die later gelegd wordt in het betreffende loontijdvak kan alleen
 * doorgevoerd worden als de datum ingang van de inkomstenperiode(s) wordt gewijzigd." (ABP, PWRI: Onverwerkbaar;
 * overige: Verwerkbaar)
 */
@DisplayName("BR357: ingangsdatum IKV verlaten binnen LTV mag alleen als ingang IKP wordt gewijzigd")
class Br357IngangsdatumVerlatenBinnenLoontijdvakTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br357IngangsdatumVerlatenBinnenLoontijdvak regel = new Br357IngangsdatumVerlatenBinnenLoontijdvak();

    private nl.lpg.rules.IkvContext geval(String og, String aanvang) {
        var s = StandTestHulp.stand(og, StandTestHulp.ikv("WN", "2026-02-01", null), "2026-02-01");
        return StandTestHulp.ctx(ae(og, Periodiciteit.MAAND, "2026-03-01", "2026-03-31"),
                ikv(ikp("2026-03-01")).aanvang(aanvang).build(), p, s);
    }

    @Test
    void ingangIkpNietGewijzigd() {
        assertThat(signalen(regel, geval("ABP", "2026-02-10"))).singleElement()
                .satisfies(x -> assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR));
        assertThat(signalen(regel, geval("BOUW", "2026-02-10"))).singleElement()
                .satisfies(x -> assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR));
    }

    @Test
    void nietVerlaat() {
        assertThat(regel.toets(geval("ABP", "2026-02-01"))).isEmpty();
    }
}
