package nl.lpg.rules.np;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.ikv.StandTestHulp;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR253: "Het personeelsnummer/salarisnummer mag bij een aansluiting niet hergebruikt worden. Voor opdrachtgevers van
 * de 2e en 3e pijler betekent dit dat bij een externe sleutel altijd hetzelfde BSN aangeleverd moet worden."
 * (ABP, PWRI, SPW, PFAB)
 */
@DisplayName("BR253: personeelsnummer/salarisnummer mag niet hergebruikt worden")
class Br253PersoneelsnummerNietHergebruiktTest {

    private final Parameters p = StandTestHulp.parameters().build();
    private final Br253PersoneelsnummerNietHergebruikt regel = new Br253PersoneelsnummerNietHergebruikt();

    private static VasteStand eerder(String og, String bsn) {
        return new VasteStand().bsn(og, "A1000", "1", bsn);
    }

    @Test
    void anderBsnOnderHetzelfdePersoneelsnummer() {
        assertThat(signalen(regel, StandTestHulp.ctx("PFAB", ikv(), p, eerder("PFAB", "123456782")))).singleElement()
                .satisfies(x -> {
                    assertThat(x.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                    assertThat(x.melding()).doesNotContain("123456782").doesNotContain(StandTestHulp.BSN);
                });
    }

    @Test
    void zelfdeBsnOnbekendOfBuitenScope() {
        assertThat(regel.toets(StandTestHulp.ctx("PFAB", ikv(), p, eerder("PFAB", StandTestHulp.BSN)))).isEmpty();
        assertThat(regel.toets(StandTestHulp.ctx("PFAB", ikv(), p, new VasteStand()))).isEmpty();
        assertThat(signalen(regel, StandTestHulp.ctx("BOUW", ikv(), p, eerder("BOUW", "123456782")))).isEmpty();
    }
}
