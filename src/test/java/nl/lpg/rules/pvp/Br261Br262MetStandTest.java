package nl.lpg.rules.pvp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.ikv.StandTestHulp;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.pvv;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR261 "Het productloon mag voor alle pensioen/verzekeringsperioden van een product binnen een IKV en kalenderjaar
 * niet verhoogd worden" and BR262 "Als het productloon ... verlaagd wordt ... dan wordt een signaal ter beoordeling
 * gesteld", over the delivery and the stand ("Standenadministratie — pensioen/verzekeringsperiode — productloon"):
 * January 2026 delivered (again), February 2026 stored from an earlier run.
 */
class Br261Br262MetStandTest {

    static final Parameters P = StandTestHulp.parameters()
            .row("Marges", "regel", "261", "opdrachtgever", "PFAB", "productkeuze", "*", "absoluteMarge", "1.00")
            .row("Marges", "regel", "262", "opdrachtgever", "PFAB", "productkeuze", "*", "absoluteMarge", "1.00")
            .build();

    static IkvContext ctx(String januariGeleverd, String... opgeslagen) {
        VasteStand s = new VasteStand().ikv("PFAB", StandTestHulp.ikv("WN", "2020-01-01", null));
        String[] maanden = {"2026-02-01", "2026-03-01"};
        for (int i = 0; i < opgeslagen.length; i++) {
            s.ikp("PFAB", StandTestHulp.AN, "1", "1", StandTestHulp.ikp(maanden[i], "J", "REG", "R", opgeslagen[i]));
        }
        return StandTestHulp.ctx("PFAB", ikv(ikp().pvv(pvv("OP", "2026-01-01", januariGeleverd, null, null))), P, s);
    }

    @Test
    @DisplayName("A stored February higher than the delivered January is a rise in the year (BR261), on the January PVP")
    void eenStijgingTegenDeStandIsEenStijging() {
        assertThat(new Br261ProductloonNietVerhoogdBinnenKalenderjaar().toets(ctx("30000.00", "31000.00")))
                .singleElement().satisfies(b -> {
                    assertThat(b.melding()).contains("stijgt in 2026", "30000.00", "31000.00");
                    assertThat(b.jaar()).isEqualTo(2026);
                });
        assertThat(new Br262ProductloonVerlaagdBinnenKalenderjaar().toets(ctx("30000.00", "31000.00"))).isEmpty();
    }

    @Test
    @DisplayName("A stored February lower than the delivered January is a fall in the year (BR262)")
    void eenDalingTegenDeStandIsEenDaling() {
        assertThat(new Br262ProductloonVerlaagdBinnenKalenderjaar().toets(ctx("30000.00", "28000.00")))
                .singleElement().satisfies(b -> assertThat(b.melding()).contains("daalt in 2026", "28000.00"));
        assertThat(new Br261ProductloonNietVerhoogdBinnenKalenderjaar().toets(ctx("30000.00", "28000.00"))).isEmpty();
    }

    @Test
    @DisplayName("A step between two stored months was judged when they came; within the marge nothing either")
    void alleenStappenMetEenGeleverdePvpTellen() {
        // January delivered 30000.00 = February stored; February -> March (28000.00) lies wholly in the stand
        assertThat(new Br262ProductloonVerlaagdBinnenKalenderjaar().toets(ctx("30000.00", "30000.00", "28000.00")))
                .isEmpty();
        assertThat(new Br261ProductloonNietVerhoogdBinnenKalenderjaar().toets(ctx("30000.00", "30001.00"))).isEmpty();
    }
}
