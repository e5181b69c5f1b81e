package nl.lpg.premium;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The premium ledger in the database: the nota of a periode is recorded once ({@code premie_nota},
 * {@code premie_nota_regel}); what was reported before for a key is the sum of the differences of every nota so far.
 */
@Component
public class PremieGrootboek {

    /**
     * The stand's amounts per key: the vastgestelde premie, and the grondslag it rests on (the delivered
     * premiegrondslag, or the computed one where none was delivered).
     */
    static final String STAND_SQL = "SELECT opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze,"
            + " COALESCE(productvariant, '') pv, COALESCE(SUM(COALESCE(grondslag_aangeleverd, grondslag_berekend)), 0),"
            + " COALESCE(SUM(premie_vastgesteld), 0) FROM stand_pvp WHERE tijdvak_aanvang <= ?"
            + " GROUP BY opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, pv";
    static final String GEMELD_SQL = "SELECT opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze,"
            + " productvariant, SUM(grondslag_verschil), SUM(premie_verschil) FROM premie_nota_regel"
            + " WHERE tijdvak_aanvang <= ? GROUP BY opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze,"
            + " productvariant";

    private final JdbcTemplate jdbc;

    public PremieGrootboek(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The run that recorded the nota of this periode, or null. */
    public String notaRun(YearMonth periode) {
        List<String> r = jdbc.queryForList("SELECT run_id FROM premie_nota WHERE periode = ?", String.class,
                periode.toString());
        return r.isEmpty() ? null : r.get(0);
    }

    /**
     * Records the nota of {@code periode} unless it is recorded already (running a periode again gives the same
     * nota); review decisions not yet reported are reported with it. Call in one transaction.
     */
    public void legVast(YearMonth periode, String runId, LocalDate peildatum) {
        jdbc.queryForList("SELECT periode FROM premie_nota WHERE periode = ? FOR UPDATE", periode.toString());
        if (notaRun(periode) != null) {
            return;
        }
        LocalDate tot = periode.atEndOfMonth();
        List<PremieNota.Regel> regels = PremieNota.bepaal(periode, lees(STAND_SQL, tot), lees(GEMELD_SQL, tot));
        List<Object[]> rijen = new ArrayList<>();
        for (PremieNota.Regel r : regels) {
            var k = r.sleutel();
            rijen.add(new Object[]{periode.toString(), k.opdrachtgever(), k.aansluitnummer(), k.tijdvak(),
                    k.productkeuze(), k.productvariant(), r.soort().name(), r.eerder().grondslag(), r.nu().grondslag(),
                    r.grondslagVerschil(), r.eerder().premie(), r.nu().premie(), r.premieVerschil()});
        }
        jdbc.batchUpdate("INSERT INTO premie_nota_regel (periode, opdrachtgever, aansluitnummer, tijdvak_aanvang,"
                + " productkeuze, productvariant, soort, grondslag_eerder, grondslag_nu, grondslag_verschil,"
                + " premie_eerder, premie_nu, premie_verschil) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rijen);
        jdbc.update("INSERT INTO premie_nota (periode, run_id, peildatum, vastgelegd) VALUES (?,?,?,?)",
                periode.toString(), runId, peildatum, Timestamp.valueOf(LocalDateTime.now()));
        // BR28/BR30 and approvals taken since the previous nota show in this one's run.json
        jdbc.update("UPDATE review_besluit SET nota_periode = ? WHERE nota_periode IS NULL", periode.toString());
    }

    /**
     * The nota that a premium run of {@code periode} would record now, without recording it (the console's next nota:
     * a review decision shows here as a correction before the next run reports it).
     */
    public List<PremieNota.Regel> concept(YearMonth periode) {
        LocalDate tot = periode.atEndOfMonth();
        return PremieNota.bepaal(periode, lees(STAND_SQL, tot), lees(GEMELD_SQL, tot));
    }

    private Map<PremieNota.Sleutel, PremieNota.Bedragen> lees(String sql, LocalDate tot) {
        Map<PremieNota.Sleutel, PremieNota.Bedragen> m = new HashMap<>();
        jdbc.query(sql, rs -> {
            m.put(new PremieNota.Sleutel(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                    rs.getString(4), rs.getString(5)), new PremieNota.Bedragen(nz(rs.getBigDecimal(6)),
                    nz(rs.getBigDecimal(7))));
        }, tot);
        return m;
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
