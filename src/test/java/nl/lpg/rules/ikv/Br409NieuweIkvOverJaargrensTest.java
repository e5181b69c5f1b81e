package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.stand.StandView;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR409: "Een nieuwe inkomstenverhouding met een ingangsdatum die de jaargrens overschrijdt waardoor
 * inkomstenperioden verwacht worden voor het voorgaand jaar of volgend jaar."
 */
@DisplayName("BR409: overschrijden jaargrens bij nieuwe IKV")
class Br409NieuweIkvOverJaargrensTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br409NieuweIkvOverJaargrens regel = new Br409NieuweIkvOverJaargrens();

    @Test
    void novemberEnDecemberOntbreken() {
        var sig = signalen(regel, StandTestHulp.ctx("ABP", ikv().aanvang("2025-11-01"), p, StandView.LEEG));
        assertThat(sig).hasSize(2).allSatisfy(x -> assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR));
        assertThat(sig).extracting(x -> x.datumAanvangInkomstenperiode()).containsExactly("2025-11-01", "2025-12-01");
    }

    @Test
    void bestaandeIkvBinnenJaarOfBuitenHulptabel() {
        var s = StandTestHulp.stand("ABP", StandTestHulp.ikv("WN", "2025-11-01", null));
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv().aanvang("2025-11-01"), p, s))).isEmpty();
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv().aanvang("2026-01-01"), p, StandView.LEEG))).isEmpty();
        Parameters laat = TestParameters.create().seededRegels().row("TeControlerenLoontijdvakken", "opdrachtgever",
                "ABP", "controleVanaf", LocalDate.of(2026, 1, 1), "aantalJarenTerug", 1).build();
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv().aanvang("2025-11-01"), laat, StandView.LEEG))).isEmpty();
    }
}
