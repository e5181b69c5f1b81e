package nl.lpg.batch;

import nl.lpg.delivery.LeveringIndex;
import nl.lpg.delivery.Plaats;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The run's {@link LeveringIndex} in run_levering_index: written by the control step, read by the readers after it. */
public final class LeveringIndexOpslag {

    private LeveringIndexOpslag() {
    }

    public static void bewaar(JdbcTemplate jdbc, String runId, LeveringIndex index) {
        jdbc.update("DELETE FROM run_levering_index WHERE run_id = ?", runId);
        if (index.leeg()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO run_levering_index (run_id, volgnummer, ikv_van, regel, kolom, ae_index, ae_van,"
                        + " ae_tot, ae_regel, ae_kolom, kop_tot, min_personeelsnummer, max_personeelsnummer)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                index.punten().stream().map(p -> new Object[]{runId, p.volgnummer(), p.ikvVan(), p.regel(), p.kolom(),
                        p.aeIndex(), p.aeVan(), p.aeTot(), p.aePlaats().line(), p.aePlaats().col(), index.kopTot(),
                        p.minSleutel(), p.maxSleutel()}).toList());
    }

    /** The run's index; {@link LeveringIndex#GEEN} for a run staged without one (readers then start at the top). */
    public static LeveringIndex laad(JdbcTemplate jdbc, String runId) {
        long[] kop = {-1};
        List<LeveringIndex.Punt> punten = jdbc.query("SELECT volgnummer, ikv_van, regel, kolom, ae_index, ae_van, ae_tot,"
                + " ae_regel, ae_kolom, kop_tot, min_personeelsnummer, max_personeelsnummer FROM run_levering_index"
                + " WHERE run_id = ? ORDER BY volgnummer", (rs, i) -> {
            kop[0] = rs.getLong(10);
            return new LeveringIndex.Punt(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                    rs.getLong(6), rs.getLong(7), new Plaats(rs.getInt(8), rs.getInt(9)), rs.getString(11),
                    rs.getString(12));
        }, runId);
        return punten.isEmpty() ? LeveringIndex.GEEN : new LeveringIndex(kop[0], punten);
    }
}
