package nl.lpg.it;

import nl.lpg.cli.Bench;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.LeveringReader;
import nl.lpg.stand.JdbcStandView;
import nl.lpg.stand.StandWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second month reads the stand of its employees by key, however full the stand is: what a chunk's look-ups read
 * grows with the chunk, not with the stand. After a first month loaded into empty tables the optimizer took them for
 * empty and scanned the whole stand once per chunk, so a month's run grew with the square of the fund (issue 10).
 */
class StandOpzoekenPerSleutelIT {

    @TempDir
    Path tmp;

    private static List<IkvEenheid> lees(Path xml) throws Exception {
        List<IkvEenheid> l = new ArrayList<>();
        try (LeveringReader r = new LeveringReader(xml)) {
            for (IkvEenheid e; (e = r.volgende()) != null; ) {
                l.add(e);
            }
        }
        return l;
    }

    /** Rows the server's handlers read, by key or by scan, summed over every connection. */
    private static long rijenGelezen(EngineFixture f) {
        long[] som = {0};
        f.jdbc.query("SHOW GLOBAL STATUS LIKE 'Handler_read%'", rs -> {
            som[0] += rs.getLong(2);
        });
        return som[0];
    }

    @Test
    void aFirstMonthInPersoneelsnummerOrderIsWrittenWithoutAskingForEachKeyAndASecondStillFindsThem() throws Exception {
        Path februari = tmp.resolve("februari.xml");
        Path maart = tmp.resolve("maart.xml");
        Bench.genereer(februari, 1000, 1);
        Bench.genereer(maart, 1000, 2);
        try (EngineFixture f = new EngineFixture("bereik")) {
            StandWriter w = new StandWriter(f.jdbc);
            List<IkvEenheid> feb = lees(februari);
            w.pasToe("20260302-feb", feb.get(0).levering(), eenheden(feb.subList(0, 500)));
            // the next 500 personeelsnummers lie above every one the stand holds: one question, not 500 keys
            long voor = rijenGelezen(f);
            w.pasToe("20260302-feb", feb.get(0).levering(), eenheden(feb.subList(500, 1000)));
            long nieuw = rijenGelezen(f) - voor;
            assertThat(nieuw).as("rows read to write 500 new employees").isLessThan(100);

            // March: the same employees, each one found and updated in place
            List<IkvEenheid> mrt = lees(maart);
            voor = rijenGelezen(f);
            w.pasToe("20260402-mrt", mrt.get(0).levering(), eenheden(mrt.subList(500, 1000)));
            assertThat(rijenGelezen(f) - voor).as("rows read to update 500 known employees").isGreaterThan(500);
            assertThat(f.count("SELECT COUNT(*) FROM stand_ikv")).isEqualTo(1000L);
            assertThat(f.count("SELECT COUNT(*) FROM stand_ikv WHERE laatst_run_id = '20260402-mrt'")).isEqualTo(500L);
        }
    }

    private static List<StandWriter.Eenheid> eenheden(List<IkvEenheid> l) {
        return l.stream().map(e -> new StandWriter.Eenheid(e.ae(), e.ikv(), Map.of())).toList();
    }

    @Test
    void aChunkOfTheSecondMonthReadsItsOwnEmployeesOnlyNotTheWholeStand() throws Exception {
        int werknemers = 6000;
        Path februari = tmp.resolve("februari.xml");
        Path maart = tmp.resolve("maart.xml");
        Bench.genereer(februari, werknemers, 1);
        Bench.genereer(maart, werknemers, 2);
        try (EngineFixture f = new EngineFixture("opzoeken")) {
            // the first month straight into the empty stand, as the stand step writes it (chunks of 500)
            StandWriter w = new StandWriter(f.jdbc);
            List<IkvEenheid> feb = lees(februari);
            for (int van = 0; van < feb.size(); van += 500) {
                List<IkvEenheid> chunk = feb.subList(van, Math.min(feb.size(), van + 500));
                w.pasToe("20260302-feb", chunk.get(0).levering(), chunk.stream()
                        .map(e -> new StandWriter.Eenheid(e.ae(), e.ikv(), Map.of())).toList());
            }
            assertThat(f.count("SELECT COUNT(*) FROM stand_pvp")).isEqualTo(4L * werknemers);

            // a chunk of 500 employees of March, looked up as the IKV step does before its rules run
            List<IkvEenheid> chunk = lees(maart).subList(2000, 2500);
            JdbcStandView view = new JdbcStandView(f.jdbc);
            long voor = rijenGelezen(f);
            view.laadVooruit(chunk);
            long gelezen = rijenGelezen(f) - voor;

            // what they hold: per employee its IKV (by key and by BSN), its BSN, 2 IKPs and 4 PVPs
            assertThat(view.inkomstenverhouding("ABP", "A1000", chunk.get(0).ikv().personeelsnummer(), "1"))
                    .isPresent();
            assertThat(view.inkomstenperioden("ABP", "A1000", chunk.get(0).ikv().personeelsnummer(), "1")).hasSize(2);
            // by key that is about 30 handler reads per employee (the key list read once per query, then the index);
            // the plan that scanned the stand per key read 3,014,576 here
            assertThat(gelezen).as("rows read for a chunk of 500 out of a stand of %d", werknemers)
                    .isLessThan(50L * chunk.size());

            // the same 500 employees under an aansluiting the stand holds nothing of (a new employer's first
            // delivery): one question per aansluiting and opdrachtgever, not a list of keys per table
            List<JdbcStandView.Sleutel> nieuw = chunk.stream().map(e -> new JdbcStandView.Sleutel("ABP", "A2000",
                    e.ikv().personeelsnummer(), e.ikv().nummer(), null)).toList();
            JdbcStandView andere = new JdbcStandView(f.jdbc);
            voor = rijenGelezen(f);
            andere.laad(nieuw, java.time.LocalDate.of(2025, 1, 1));
            long nieuwGelezen = rijenGelezen(f) - voor;
            assertThat(andere.inkomstenverhouding("ABP", "A2000", chunk.get(0).ikv().personeelsnummer(), "1"))
                    .isEmpty();
            assertThat(nieuwGelezen).as("rows read for 500 keys of an aansluiting not on the stand").isLessThan(20);
        }
    }
}
