package nl.lpg.rules.ikv;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ae;
import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR419: "Aangeleverd is een IKV beginnend in 2015, lopend in 2016. Levering bevat een IKP in 2016. Datum aanvang IKV
 * gaat naar een heel specifieke datum in januari 2016 (zonder aanlevering intrekkingen voorgaande periodes), dit is ook
 * de aanvangsdatum van de geleverde IKP."
 */
@DisplayName("BR419: verlaten ingangsdatum in een levering voorbij de jaargrens, zonder intrekking voor de jaargrens")
class Br419VerlaatZonderIntrekkingVoorJaargrensTest {
    private final Br419VerlaatZonderIntrekkingVoorJaargrens regel = new Br419VerlaatZonderIntrekkingVoorJaargrens();

    @Test
    void aanvangIkvIsAanvangGeleverdeIkp() {
        assertThat(signalen(regel, VerlaatOverJaargrensFixture.ctx("2026-02-10", "2026-02-10",
                VerlaatOverJaargrensFixture.stand()))).singleElement()
                .satisfies(x -> assertThat(x.aard()).isEqualTo(Aard.VERWERKBAAR));
    }

    @Test
    void andereAanvangIkpOfNietVerlaat() {
        assertThat(regel.toets(VerlaatOverJaargrensFixture.ctx("2026-02-10", "2026-02-11",
                VerlaatOverJaargrensFixture.stand()))).isEmpty();
        assertThat(regel.toets(VerlaatOverJaargrensFixture.ctx("2025-06-01", "2026-02-01",
                VerlaatOverJaargrensFixture.stand()))).isEmpty();
    }
}
