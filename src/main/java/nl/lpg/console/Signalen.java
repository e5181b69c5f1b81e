package nl.lpg.console;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Signals page's query: the signals of one run ({@code run_signal}), filtered by rule, aard, opdrachtgever,
 * aansluiting and personeelsnummer, a page at a time in the order of the delivery. Paging is by key (the last
 * row's volgorde and seq), not by offset, so page 2,000 of a run with 100,000 signals costs what page 1 costs: each
 * filter has an index that starts with the run (V14), and the page is one range read of that index.
 */
@Component
public class Signalen {

    public static final int PAGINA = 50;
    private static final Pattern POSITIE = Pattern.compile("(-?[0-9]{1,19})\\.([0-9]{1,9})");

    private final JdbcTemplate jdbc;

    public Signalen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the user filters on; null or blank: no filter on that field. */
    public record Filter(String run, String regel, String aard, String opdrachtgever, String aansluitnummer,
                         String personeelsnummer) {
    }

    public record Signaal(String runId, long volgorde, int seq, String regel, String aard, String opdrachtgever,
                          String levering, String aansluitnummer, String personeelsnummer, String nummerIkv,
                          String datumAanvangIkp, String productkeuze, String melding) {
        public String positie() {
            return volgorde + "." + seq;
        }
    }

    /**
     * A page: the rows, where the next and the previous page start (null: none), and how many rows match (counted
     * over the same index).
     */
    public record Pagina(List<Signaal> rijen, String volgende, String vorige, long aantal, long millis) {
    }

    /**
     * The page after {@code na} (a position "volgorde.seq", null: the first page), or with {@code terug} the page
     * before it.
     */
    public Pagina pagina(Filter f, String na, boolean terug) {
        long t0 = System.nanoTime();
        StringBuilder waar = new StringBuilder(" WHERE run_id = ?");
        List<Object> args = new ArrayList<>(List.of(f.run()));
        voeg(waar, args, "regel", regel(f.regel()));
        voeg(waar, args, "aard", f.aard());
        voeg(waar, args, "opdrachtgever", f.opdrachtgever());
        voeg(waar, args, "aansluitnummer", f.aansluitnummer());
        voeg(waar, args, "personeelsnummer", f.personeelsnummer());
        Long aantal = jdbc.queryForObject("SELECT COUNT(*) FROM run_signal" + waar, Long.class, args.toArray());
        StringBuilder sql = new StringBuilder("SELECT run_id, volgorde, seq, regel, aard, opdrachtgever,"
                + " CONCAT_WS('/', nummer_leverancier, periode_levering, volgnummer), aansluitnummer, personeelsnummer,"
                + " nummer_ikv, datum_aanvang_ikp, productkeuze, melding FROM run_signal").append(waar);
        List<Object> pargs = new ArrayList<>(args);
        Matcher m = na == null ? null : POSITIE.matcher(na);
        if (m != null && m.matches()) {
            long v = Long.parseLong(m.group(1));
            int s = Integer.parseInt(m.group(2));
            sql.append(terug ? " AND (volgorde < ? OR (volgorde = ? AND seq < ?))"
                    : " AND (volgorde > ? OR (volgorde = ? AND seq > ?))");
            pargs.addAll(List.of(v, v, s));
        } else {
            terug = false;
        }
        sql.append(terug ? " ORDER BY volgorde DESC, seq DESC" : " ORDER BY volgorde, seq").append(" LIMIT ")
                .append(PAGINA + 1);
        List<Signaal> rijen = new ArrayList<>(jdbc.query(sql.toString(), (rs, i) -> new Signaal(rs.getString(1),
                rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13)), pargs.toArray()));
        boolean meer = rijen.size() > PAGINA;
        if (meer) {
            rijen.remove(PAGINA);
        }
        String volgende;
        String vorige;
        if (terug) {
            Collections.reverse(rijen);
            vorige = meer && !rijen.isEmpty() ? rijen.get(0).positie() : null;
            volgende = rijen.isEmpty() ? null : rijen.get(rijen.size() - 1).positie();
        } else {
            volgende = meer ? rijen.get(rijen.size() - 1).positie() : null;
            vorige = m != null && m.matches() && !rijen.isEmpty() ? rijen.get(0).positie() : null;
        }
        return new Pagina(rijen, volgende, vorige, aantal == null ? 0 : aantal, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The rules and aarden that occur in a run, for the filter's choices. */
    public List<String> regels(String run) {
        return jdbc.queryForList("SELECT DISTINCT regel FROM run_signal WHERE run_id = ? ORDER BY regel", String.class,
                run);
    }

    /** "BR26", "br26" and "26" all mean rule 26 (as the engine stores it). */
    static String regel(String r) {
        if (r == null || r.isBlank()) {
            return null;
        }
        String s = r.strip();
        return s.toUpperCase(java.util.Locale.ROOT).startsWith("BR") ? s.substring(2).strip() : s;
    }

    private static void voeg(StringBuilder waar, List<Object> args, String kolom, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            waar.append(" AND ").append(kolom).append(" = ?");
            args.add(waarde.strip());
        }
    }
}
