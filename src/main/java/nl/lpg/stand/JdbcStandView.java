package nl.lpg.stand;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.util.List;

/** The stand as rules see it, read from the database per IKV when a rule asks. */
public class JdbcStandView implements StandView {

    private final JdbcTemplate jdbc;

    public JdbcStandView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StandIkp> inkomstenperioden(String opdrachtgever, String aansluitnummer, String personeelsnummer,
                                            String nummerIkv) {
        return jdbc.query("SELECT datum_aanvang, datum_einde, tijdvak_aanvang, tijdvak_einde, verbijzondering"
                        + " FROM stand_ikp WHERE opdrachtgever = ? AND aansluitnummer = ? AND personeelsnummer = ?"
                        + " AND nummer_ikv = ? ORDER BY datum_aanvang",
                (rs, i) -> new StandIkp(rs.getDate(1).toLocalDate(), toLocal(rs.getDate(2)),
                        rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getString(5)),
                opdrachtgever, aansluitnummer, personeelsnummer, nummerIkv);
    }

    private static java.time.LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
