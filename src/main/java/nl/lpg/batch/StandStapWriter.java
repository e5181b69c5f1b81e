package nl.lpg.batch;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Levering;
import nl.lpg.stand.StandWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stand step's writer. The IKVs come from the delivery file again, in order (reading the file is cheaper than
 * staging every IKV as JSON and reading it back); their outcome comes from {@code run_unit}. An accepted unit is
 * applied to the stand; a held unit is kept as JSON in {@code run_unit} for review (BR28), where the file may be gone;
 * a refused unit is passed by. Idempotent per chunk, so a restart that repeats a chunk ends in the same stand.
 */
public class StandStapWriter implements ItemWriter<IkvEenheid> {

    private final JdbcTemplate jdbc;
    private final String runId;
    private final StandWriter stand;
    private final Map<Integer, AeInhoud> aes;
    private final Levering levering;

    public StandStapWriter(JdbcTemplate jdbc, String runId) {
        this(jdbc, runId, new StandWriter(jdbc));
    }

    public StandStapWriter(JdbcTemplate jdbc, String runId, StandWriter stand) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.stand = stand;
        this.aes = stand.aes(runId);
        this.levering = stand.levering(runId);
    }

    @Override
    public void write(Chunk<? extends IkvEenheid> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        int van = chunk.getItems().get(0).volgnummer();
        int tot = chunk.getItems().get(chunk.size() - 1).volgnummer();
        Map<Integer, String> status = new HashMap<>();
        // an accepted unit's calculations come with it (V17); a unit staged before that has none: then they are read
        // from run_pvp_calculation, for the whole chunk
        Map<Integer, String> gestaged = new HashMap<>();
        jdbc.query("SELECT volgnummer, status, berekend FROM run_unit WHERE run_id = ? AND volgnummer BETWEEN ? AND ?",
                rs -> {
                    status.put(rs.getInt(1), rs.getString(2));
                    gestaged.put(rs.getInt(1), rs.getString(3));
                }, runId, van, tot);
        Map<Integer, Map<String, StandWriter.PvpWaarden>> berekend = new HashMap<>();
        boolean zonder = false;
        List<StandWriter.Gelezen> toepassen = new ArrayList<>();
        List<Object[]> vasthouden = new ArrayList<>();
        for (IkvEenheid e : chunk) {
            String s = status.get(e.volgnummer());
            if (s == null) {
                throw new IllegalStateException("IKV " + e.volgnummer() + " of the delivery was not staged by run "
                        + runId + ": the delivery file changed after the run started");
            }
            if (UnitStatus.ACCEPTED.name().equals(s)) {
                toepassen.add(new StandWriter.Gelezen(e.volgnummer(), e.ae().index(), e.ikv()));
                String b = gestaged.get(e.volgnummer());
                if (b == null) {
                    zonder = true;
                } else {
                    berekend.put(e.volgnummer(), StandWriter.berekend(b));
                }
            } else if (UnitStatus.HELD.name().equals(s)) {
                vasthouden.add(new Object[]{Json.write(e.ikv()), runId, e.volgnummer()});
            }
        }
        if (!vasthouden.isEmpty()) {
            jdbc.batchUpdate("UPDATE run_unit SET payload = ? WHERE run_id = ? AND volgnummer = ?", vasthouden);
        }
        if (zonder) {
            stand.pasGelezenToe(runId, levering, aes, toepassen);
        } else {
            stand.pasGelezenToe(runId, levering, aes, toepassen, berekend);
        }
    }
}
