package nl.lpg.rules.ikp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.ikv.StandTestHulp;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR183: "Er zijn teveel aaneensluitende periodes met 0-opgave aangeleverd bij deze IKV. Een IKP wordt beschouwd als
 * nihil opgave indien code meetelling is Nee. Het signaal wordt slechts één keer gegeven op het moment dat de derde
 * aaneengesloten 0-levering verwerkt wordt." (Bouw)
 */
@DisplayName("BR183: teveel aaneensluitende periodes met 0-opgave bij deze IKV (Bouw)")
class Br183TeveelAaneensluitendeNihilOpgavenTest {

    private final Parameters p = StandTestHulp.parameters()
            .row("Verbijzonderingen", "opdrachtgever", "BOUW", "aard", "WN", "verbijzondering", "OPK",
                    "toegestaneCodeMeetelling", "BEIDE", "maximumNihilOpgaven", 2)
            .row("Verbijzonderingen", "opdrachtgever", "ABP", "aard", "WN", "verbijzondering", "OPK",
                    "toegestaneCodeMeetelling", "BEIDE", "maximumNihilOpgaven", 2).build();
    private final Br183TeveelAaneensluitendeNihilOpgaven regel = new Br183TeveelAaneensluitendeNihilOpgaven();

    private static VasteStand nihil(String og, String... maanden) {
        VasteStand s = new VasteStand().ikv(og, StandTestHulp.ikv("WN", "2020-01-01", null));
        for (String m : maanden) {
            s.ikp(og, "A1000", "1", "1", StandTestHulp.ikp(m, "N", "OPK", "R", "0.00"));
        }
        return s;
    }

    private static IkvTestHulp.Ikv januariNihil() {
        return ikv(ikp().verbijzondering("OPK").meetelling("N").geenPvv().geenWn());
    }

    @Test
    void derdeAaneengeslotenNihilOpgave() {
        assertThat(signalen(regel, StandTestHulp.ctx("BOUW", januariNihil(), p, nihil("BOUW", "2025-11-01",
                "2025-12-01")))).singleElement().satisfies(x -> {
            assertThat(x.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK);
            assertThat(x.melding()).contains("3e", "2025-11-01");
        });
    }

    @Test
    void nietOpDeVierdeNietBijOnderbrekingEnNietBuitenBouw() {
        assertThat(regel.toets(StandTestHulp.ctx("BOUW", januariNihil(), p, nihil("BOUW", "2025-10-01", "2025-11-01",
                "2025-12-01")))).isEmpty();
        assertThat(regel.toets(StandTestHulp.ctx("BOUW", januariNihil(), p, nihil("BOUW", "2025-10-01",
                "2025-12-01")))).isEmpty();
        assertThat(signalen(regel, StandTestHulp.ctx("ABP", januariNihil(), p, nihil("ABP", "2025-11-01",
                "2025-12-01")))).isEmpty();
    }
}
