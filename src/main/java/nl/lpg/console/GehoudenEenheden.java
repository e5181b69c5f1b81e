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

import java.util.ArrayList;
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

    public static final int PAGINA = 50;

    /** A page of held IKV units in run order, after the unit {@code na} (null: from the first), and the next one's key. */
    public record Pagina(List<GehoudenEenheid> eenheden, String volgende) {
    }

    /**
     * The held IKV units of the completed process runs, a page at a time (index {@code run_unit_held}), the open ones
     * only or ({@code alle}) the decided ones too: the rows {@code review list} prints, without reading every held
     * unit of every run for one page.
     */
    public Pagina pagina(boolean alle, String na) {
        List<Object> args = new ArrayList<>();
        String vanaf = "";
        if (na != null) {
            try {
                EenheidSleutel s = EenheidSleutel.parse(na);
                vanaf = " AND (u.run_id > ? OR (u.run_id = ? AND u.volgnummer > ?))";
                args.addAll(List.of(s.runId(), s.runId(), s.nummer()));
            } catch (RuntimeException e) {
                // not a unit key: from the first
            }
        }
        List<GehoudenEenheid> rijen = jdbc.query(EENHEID_SQL + " WHERE u.status = 'HELD'" + vanaf
                + (alle ? "" : " AND b.unit IS NULL") + " ORDER BY u.run_id, u.volgnummer LIMIT " + (PAGINA + 1),
                (rs, i) -> rij(rs), args.toArray());
        String volgende = null;
        if (rijen.size() > PAGINA) {
            rijen = new ArrayList<>(rijen.subList(0, PAGINA));
            volgende = rijen.get(PAGINA - 1).unit();
        }
        return new Pagina(rijen.stream().map(this::metRegels).toList(), volgende);
    }

    /** The held units of intrekkingen (an AE held as a whole with intrekkingen): few, all on the first page. */
    public List<GehoudenEenheid> intrekkingen(boolean alle) {
        return review.lijst(alle).stream().filter(e -> e.unit().contains(":intrekkingen:")).toList();
    }

    private static final String EENHEID_SQL = "SELECT u.run_id, u.volgnummer,"
            + " (SELECT CONCAT(l.nummer_leverancier, '/', l.periode_levering, '/', l.volgnummer) FROM levering_ontvangen l"
            + " WHERE l.run_id = u.run_id LIMIT 1) levering, a.opdrachtgever, a.aansluitnummer,"
            + " CAST(a.datum_aanvang_tijdvak AS CHAR), u.personeelsnummer, u.nummer_ikv, b.besluit, b.regel, b.door,"
            + " DATE_FORMAT(b.tijdstip, '%Y-%m-%d %H:%i'), b.reden, u.ae_index"
            + " FROM run_unit u JOIN lpg_run r ON r.run_id = u.run_id AND r.command = 'process' AND r.status = 'COMPLETED'"
            + " JOIN run_ae a ON a.run_id = u.run_id AND a.ae_index = u.ae_index"
            + " LEFT JOIN review_besluit b ON b.unit = CONCAT(u.run_id, ':ikv:', u.volgnummer)";

    private static GehoudenEenheid rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        String unit = rs.getString(1) + ":ikv:" + rs.getInt(2);
        // regels and meldingen are filled in per unit (metRegels); ae_index is carried in soort's place meanwhile
        return new GehoudenEenheid(rs.getString(1), unit, "ikv", rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), String.valueOf(rs.getInt(14)), null,
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }

    /** The unit's rules: those of its own signals and the AE's Interne beoordeling (as review list gives them). */
    private GehoudenEenheid metRegels(GehoudenEenheid e) {
        EenheidSleutel s = EenheidSleutel.parse(e.unit());
        int ae = Integer.parseInt(e.regels());
        List<String> regels = jdbc.queryForList("SELECT DISTINCT regel FROM run_signal WHERE run_id = ? AND (volgorde = ?"
                        + " OR (volgorde IN (?, ?) AND aard = 'INTERNE_BEOORDELING')) ORDER BY regel", String.class,
                s.runId(), SignaalWriter.volgordeIkv(ae, s.nummer()), SignaalWriter.volgordeAe(ae),
                SignaalWriter.volgordeAeAfsluiting(ae));
        return new GehoudenEenheid(e.run(), e.unit(), e.soort(), e.levering(), e.opdrachtgever(), e.aansluitnummer(),
                e.datumAanvangTijdvak(), e.personeelsnummer(), e.nummerInkomstenverhouding(), String.join(" ", regels),
                "", e.besluit(), e.regel(), e.door(), e.tijdstip(), e.reden());
    }

    /** The unit (decided or not), or null when no completed run holds it. */
    public GehoudenEenheid eenheid(String unit) {
        EenheidSleutel s = EenheidSleutel.parse(unit);
        if (s.soort() == EenheidSleutel.Soort.INTREKKINGEN) {
            return intrekkingen(true).stream().filter(e -> e.unit().equals(unit)).findFirst().orElse(null);
        }
        List<GehoudenEenheid> r = jdbc.query(EENHEID_SQL + " WHERE u.run_id = ? AND u.volgnummer = ?"
                + " AND u.status = 'HELD'", (rs, i) -> rij(rs), s.runId(), s.nummer());
        return r.isEmpty() ? null : metRegels(r.get(0));
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
