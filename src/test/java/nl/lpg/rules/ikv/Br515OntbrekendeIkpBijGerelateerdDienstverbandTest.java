package nl.lpg.rules.ikv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.stand.StandView;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR515: "Indien er bij een IKV ontbrekende inkomstenperiode(s) aan het begin van een dienstverband zijn
 * geconstateerd (met signaal 404 en/of 409) en er is minimaal 1 van de bij de onderhanden IKV ontbrekende
 * inkomstenperiodes aanwezig bij een gerelateerd dienstverband, dan wordt dit gesignaleerd."
 */
@DisplayName("BR515: ontbrekende IKP's aanwezig bij een gerelateerd dienstverband")
class Br515OntbrekendeIkpBijGerelateerdDienstverbandTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br515OntbrekendeIkpBijGerelateerdDienstverband regel = new Br515OntbrekendeIkpBijGerelateerdDienstverband();

    /** Another IKV of the same person (personeelsnummer 2) with an IKP in November 2025. */
    private static VasteStand gerelateerd(String og) {
        return new VasteStand().ikv(og, new StandView.StandIkv("A1000", "2", "1", "WN", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 11, 30), StandTestHulp.BSN, LocalDate.of(1980, 5, 17), "15"))
                .ikp(og, "A1000", "2", "1", StandTestHulp.ikp("2025-11-01"));
    }

    @Test
    void nieuweIkvMetOntbrekendeNovember() {
        assertThat(signalen(regel, StandTestHulp.ctx("ABP", ikv().aanvang("2025-11-01"), p, gerelateerd("ABP"))))
                .singleElement().satisfies(x -> {
                    assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR);
                    assertThat(x.melding()).contains("2025-11-01", "A1000/2/1").doesNotContain(StandTestHulp.BSN);
                });
    }

    @Test
    void eerderGesignaleerdEnNogSteedsOntbrekend() {
        VasteStand s = gerelateerd("BOUW").ikv("BOUW", StandTestHulp.ikv("WN", "2025-11-01", null))
                .ikp("BOUW", "A1000", "1", "1", StandTestHulp.ikp("2025-12-01"))
                .signaal("BOUW", "A1000", "1", "1", new StandView.StandSignaal("409", LocalDate.of(2025, 11, 1), "r1"));
        assertThat(signalen(regel, StandTestHulp.ctx("BOUW", ikv().aanvang("2025-11-01"), p, s))).hasSize(1);
    }

    @Test
    void nietBijGerelateerdOfBuitenScope() {
        assertThat(regel.toets(StandTestHulp.ctx("ABP", ikv().aanvang("2025-12-01"), p, gerelateerd("ABP")))).isEmpty();
        assertThat(signalen(regel, StandTestHulp.ctx("SPW", ikv().aanvang("2025-11-01"), p, gerelateerd("SPW"))))
                .isEmpty();
    }
}
