package nl.lpg.rules.adres;

import nl.lpg.delivery.AdresBinnenland;
import nl.lpg.delivery.AdresBuitenland;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class AdresTest {

    private final Parameters p = TestParameters.create().seededRegels().build();

    private static nl.lpg.delivery.Inkomstenverhouding met(AdresBinnenland bi, AdresBuitenland bu) {
        return ikv("WN", LocalDate.of(2020, 1, 1), null, metAdres(np(), bi, bu), ikp(pvv("OPNP", null, pvp(JAN, "1"))));
    }

    @Test
    @DisplayName("BR68 als huisnummer gelijk is aan 0 mag huisnummertoevoeging niet gevuld zijn; ABP Onverwerkbaar, PWRI/Bouw Interne beoordeling")
    void br68() {
        var regel = new Br68HuisnummerToevoegingAlleenBijHuisnummer();
        var nulMetToevoeging = met(new AdresBinnenland("1234AB", "0", "A", null, null), null);
        var eenMetToevoeging = met(new AdresBinnenland("1234AB", "1", "A", null, null), null);
        var nulZonder = met(new AdresBinnenland("1234AB", "0", null, null, null), null);
        assertThat(voerUit(regel, ctx("ABP", nulMetToevoeging, p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR));
        assertThat(voerUit(regel, ctx("BOUW", nulMetToevoeging, p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.INTERNE_BEOORDELING));
        assertThat(voerUit(regel, ctx("SPW", nulMetToevoeging, p))).as("not for SPW").isEmpty();
        assertThat(regel.toets(ctx("ABP", eenMetToevoeging, p))).isEmpty();
        assertThat(regel.toets(ctx("ABP", nulZonder, p))).isEmpty();
    }

    @Test
    @DisplayName("BR177 als ISO landcode NL bevat is er sprake van een Nederlands adres dat niet in een buitenlands adres thuishoort")
    void br177() {
        var regel = new Br177BuitenlandsAdresNietNederlands();
        assertThat(voerUit(regel, ctx("PFAB", met(null, new AdresBuitenland("NL", "1234AB", "Utrecht", null, null)), p)))
                .singleElement().satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR));
        assertThat(regel.toets(ctx("PFAB", met(null, new AdresBuitenland("BE", "1000", "Brussel", null, null)), p))).isEmpty();
        assertThat(regel.toets(ctx("PFAB", met(null, null), p))).isEmpty();
    }
}
