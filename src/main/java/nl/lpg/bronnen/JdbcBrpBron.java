package nl.lpg.bronnen;

import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.extern.BrpDatum;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The imported BRP extract (table {@code brp_persoon}): one indexed query per chunk. */
public class JdbcBrpBron implements BrpBron {

    /** At most this many BSNs per query. */
    static final int PER_QUERY = 1000;

    private final JdbcTemplate jdbc;

    public JdbcBrpBron(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, BrpPersoon> zoek(Collection<String> bsns) {
        Map<String, BrpPersoon> uit = new HashMap<>();
        List<String> alle = new ArrayList<>(bsns);
        for (int i = 0; i < alle.size(); i += PER_QUERY) {
            List<String> deel = alle.subList(i, Math.min(alle.size(), i + PER_QUERY));
            jdbc.query("SELECT " + String.join(", ", BrpImport.KOLOMMEN) + " FROM brp_persoon WHERE bsn IN ("
                    + "?,".repeat(deel.size() - 1) + "?)", rs -> {
                BrpBron.Naam partner = new BrpBron.Naam(rs.getString(8), rs.getString(9), rs.getString(10));
                uit.put(rs.getString(1), new BrpPersoon(BrpDatum.parse(rs.getString(2)),
                        BrpDatum.parse(rs.getString(3)), rs.getString(4),
                        new BrpBron.Naam(rs.getString(5), rs.getString(6), rs.getString(7)),
                        partner.leeg() ? List.of() : List.of(partner), rs.getString(11), rs.getString(12)));
            }, deel.toArray());
        }
        return uit;
    }
}
