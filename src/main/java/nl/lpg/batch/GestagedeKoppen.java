package nl.lpg.batch;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.delivery.LeveringReader;
import nl.lpg.stand.StandWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The headers of a run's delivery (levering, AEs with their intrekkingen and collectieve aangiften, the levering's
 * collectieve aangiften) as step 1 stored them: the later steps and the report do not read the file again for them.
 */
public final class GestagedeKoppen {
    private GestagedeKoppen() {
    }

    /** Null when step 1 did not store them (the run stopped before). */
    public static LeveringReader.Koppen van(JdbcTemplate jdbc, String runId) {
        List<String> cal = jdbc.queryForList("SELECT collectieve_aangiften FROM run_levering WHERE run_id = ?",
                String.class, runId);
        if (cal.isEmpty()) {
            return null;
        }
        List<AeInhoud> aes = jdbc.queryForList("SELECT payload FROM run_ae WHERE run_id = ? ORDER BY ae_index",
                String.class, runId).stream().map(p -> Json.read(p, AeInhoud.class)).toList();
        List<CollectieveAangifte> leveringCa = Json.MAPPER.readValue(cal.get(0),
                new tools.jackson.core.type.TypeReference<List<CollectieveAangifte>>() { });
        return new LeveringReader.Koppen(new StandWriter(jdbc).levering(runId), aes, leveringCa);
    }
}
