package nl.lpg.console;

import nl.lpg.batch.Json;
import nl.lpg.batch.SignaalWriter;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.review.EenheidSleutel;
import nl.lpg.review.GehoudenEenheid;
import nl.lpg.review.Review;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The held units as {@code bin/lpg review list} lists them (the same {@link Review#lijst}), and one unit with what it
 * holds: the IKV as delivered (or the AE's intrekkingen) and its signals.
 */
@Component
public class GehoudenEenheden {

    private final Review review;
    private final JdbcTemplate jdbc;

    public GehoudenEenheden(Review review, JdbcTemplate jdbc) {
        this.review = review;
        this.jdbc = jdbc;
    }

    public List<GehoudenEenheid> lijst(boolean alle) {
        return review.lijst(alle);
    }

    /** The unit as the list shows it (decided or not), or null when no completed run holds it. */
    public GehoudenEenheid eenheid(String unit) {
        return review.lijst(true).stream().filter(e -> e.unit().equals(unit)).findFirst().orElse(null);
    }

    /** An IKV unit: the inkomstenverhouding as delivered (null for an intrekkingen unit or without payload). */
    public Inkomstenverhouding ikv(EenheidSleutel s) {
        if (s.soort() != EenheidSleutel.Soort.IKV) {
            return null;
        }
        List<String> p = jdbc.queryForList("SELECT payload FROM run_unit WHERE run_id = ? AND volgnummer = ?",
                String.class, s.runId(), s.nummer());
        return p.isEmpty() || p.get(0) == null ? null : Json.read(p.get(0), Inkomstenverhouding.class);
    }

    /** The administratieve eenheid of the unit (for an intrekkingen unit: with the intrekkingen). */
    public AeInhoud ae(EenheidSleutel s) {
        int index = s.soort() == EenheidSleutel.Soort.IKV
                ? jdbc.queryForObject("SELECT ae_index FROM run_unit WHERE run_id = ? AND volgnummer = ?", Integer.class,
                s.runId(), s.nummer())
                : s.nummer();
        List<String> p = jdbc.queryForList("SELECT payload FROM run_ae WHERE run_id = ? AND ae_index = ?", String.class,
                s.runId(), index);
        return p.isEmpty() ? null : Json.read(p.get(0), AeInhoud.class);
    }

    /** The unit's signals and those of its AE (whose Interne beoordeling holds its IKVs too). */
    public List<Map<String, Object>> signalen(EenheidSleutel s) {
        AeInhoud ae = ae(s);
        int index = ae == null ? s.nummer() : ae.ae().index();
        long eigen = s.soort() == EenheidSleutel.Soort.IKV ? SignaalWriter.volgordeIkv(index, s.nummer())
                : SignaalWriter.volgordeAe(index);
        return jdbc.queryForList("SELECT regel, aard, datum_aanvang_ikp, productkeuze, melding FROM run_signal"
                        + " WHERE run_id = ? AND volgorde IN (?, ?, ?) ORDER BY volgorde, seq", s.runId(), eigen,
                SignaalWriter.volgordeAe(index), SignaalWriter.volgordeAeAfsluiting(index));
    }
}
