package nl.lpg.batch;

import nl.lpg.rules.Signaal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores signals of a run. {@code volgorde} orders the output: 0 for the delivery, per AE {@code index * 10^9},
 * IKV signals within their AE by the IKV's position, closing checks of an AE last.
 */
@Component
public class SignaalWriter {

    public static final long AE_STAP = 1_000_000_000L;
    /** Delivery closing checks come after every AE. */
    public static final long VOLGORDE_LEVERING_AFSLUITING = Long.MAX_VALUE;
    private final JdbcTemplate jdbc;

    public SignaalWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static long volgordeAe(int aeIndex) {
        return aeIndex * AE_STAP;
    }

    public static long volgordeIkv(int aeIndex, int ikvVolgnummer) {
        return aeIndex * AE_STAP + ikvVolgnummer;
    }

    public static long volgordeAeAfsluiting(int aeIndex) {
        return aeIndex * AE_STAP + (AE_STAP - 1);
    }

    /** Stores the signals of many units at once (one chunk): one delete of exactly those units and one batch insert. */
    public void schrijfAlle(String runId, java.util.SortedMap<Long, List<Signaal>> perVolgorde) {
        if (perVolgorde.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>();
        args.add(runId);
        // the chunk's range first: the primary key's range, not a pass over every signal of the run so far (issue 10)
        args.add(perVolgorde.firstKey());
        args.add(perVolgorde.lastKey());
        args.addAll(perVolgorde.keySet());
        jdbc.update("DELETE FROM run_signal WHERE run_id = ? AND volgorde BETWEEN ? AND ? AND volgorde IN ("
                + String.join(",", java.util.Collections.nCopies(perVolgorde.size(), "?")) + ")", args.toArray());
        List<Object[]> rows = new ArrayList<>();
        perVolgorde.forEach((volgorde, signalen) -> {
            int seq = 0;
            for (Signaal s : signalen) {
                rows.add(rij(runId, volgorde, seq++, s));
            }
        });
        insert(rows);
    }

    private static Object[] rij(String runId, long volgorde, int seq, Signaal s) {
        return new Object[]{runId, volgorde, seq, s.regel(), s.aard().name(), s.opdrachtgever(),
                s.nummerLeverancier(), s.periodeLevering(), s.volgnummer(), s.aansluitnummer(),
                s.personeelsnummer(), s.nummerInkomstenverhouding(), s.datumAanvangInkomstenperiode(),
                s.productkeuze(), s.productvariant(), s.jaar(), truncate(s.melding())};
    }

    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO run_signal (run_id, volgorde, seq, regel, aard, opdrachtgever, nummer_leverancier,"
                + " periode_levering, volgnummer, aansluitnummer, personeelsnummer, nummer_ikv, datum_aanvang_ikp,"
                + " productkeuze, productvariant, jaar, melding) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    /** Replaces every signal of one volgorde (none left when the list is empty): a step that checks a unit again. */
    public void vervang(String runId, long volgorde, List<Signaal> signalen) {
        jdbc.update("DELETE FROM run_signal WHERE run_id = ? AND volgorde = ?", runId, volgorde);
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (Signaal s : signalen) {
            rows.add(rij(runId, volgorde, seq++, s));
        }
        insert(rows);
    }

    public void schrijf(String runId, long volgorde, List<Signaal> signalen) {
        if (!signalen.isEmpty()) {
            vervang(runId, volgorde, signalen);
        }
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
