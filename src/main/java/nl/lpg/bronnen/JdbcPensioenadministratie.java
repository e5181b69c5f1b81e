package nl.lpg.bronnen;

import nl.lpg.rules.extern.PensioenadministratieBron;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The imported pension administration (table {@code pa_feit}): one indexed query per chunk. */
public class JdbcPensioenadministratie implements PensioenadministratieBron {

    private final JdbcTemplate jdbc;

    public JdbcPensioenadministratie(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Feit> zoek(Collection<String> bsns) {
        List<Feit> uit = new ArrayList<>();
        List<String> alle = new ArrayList<>(bsns);
        for (int i = 0; i < alle.size(); i += JdbcBrpBron.PER_QUERY) {
            List<String> deel = alle.subList(i, Math.min(alle.size(), i + JdbcBrpBron.PER_QUERY));
            jdbc.query("SELECT opdrachtgever, bsn, soort, productkeuze, datum_ingang, datum_einde FROM pa_feit"
                    + " WHERE bsn IN (" + "?,".repeat(deel.size() - 1) + "?) ORDER BY id", rs -> {
                uit.add(new Feit(rs.getString(1), rs.getString(2), Soort.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()));
            }, deel.toArray());
        }
        return uit;
    }
}
