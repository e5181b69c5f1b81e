package nl.lpg.stand;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.util.List;

/** The stand as rules see it, read from the database per IKV when a rule asks. */
public class JdbcStandView implements StandView {

    private final JdbcTemplate jdbc;
    // Several rules ask for the same IKV's history while it is checked: remember the last answer.
    private String laatsteSleutel;
    private List<StandIkp> laatste;

    public JdbcStandView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // Filled ahead for the IKVs the reader is about to hand out: one query per batch instead of one per IKV.
    private final java.util.Map<String, List<StandIkp>> vooraf = new java.util.HashMap<>();

    private static String sleutel(String og, String an, String pnr, String nr) {
        return og + "|" + an + "|" + pnr + "|" + nr;
    }

    /** Reads the stored IKPs of these IKVs in one query; {@link #inkomstenperioden} then answers from memory. */
    public void laadVooruit(List<nl.lpg.delivery.IkvEenheid> eenheden) {
        vooraf.clear();
        if (eenheden.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv,"
                + " datum_aanvang, datum_einde, tijdvak_aanvang, tijdvak_einde, verbijzondering FROM stand_ikp WHERE"
                + " (opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv) IN (");
        List<Object> args = new java.util.ArrayList<>();
        for (int i = 0; i < eenheden.size(); i++) {
            var e = eenheden.get(i);
            sql.append(i == 0 ? "(?,?,?,?)" : ",(?,?,?,?)");
            args.add(e.ae().opdrachtgever());
            args.add(e.ae().aansluitnummer());
            args.add(e.ikv().personeelsnummer());
            args.add(e.ikv().nummer());
            vooraf.put(sleutel(e.ae().opdrachtgever(), e.ae().aansluitnummer(), e.ikv().personeelsnummer(),
                    e.ikv().nummer()), new java.util.ArrayList<>());
        }
        sql.append(") ORDER BY datum_aanvang");
        jdbc.query(sql.toString(), rs -> {
            vooraf.computeIfAbsent(sleutel(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    k -> new java.util.ArrayList<>()).add(new StandIkp(rs.getDate(5).toLocalDate(),
                    toLocal(rs.getDate(6)), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(), rs.getString(9)));
        }, args.toArray());
    }

    @Override
    public List<StandIkp> inkomstenperioden(String opdrachtgever, String aansluitnummer, String personeelsnummer,
                                            String nummerIkv) {
        String sleutel = sleutel(opdrachtgever, aansluitnummer, personeelsnummer, nummerIkv);
        List<StandIkp> al = vooraf.get(sleutel);
        if (al != null) {
            return al;
        }
        if (!sleutel.equals(laatsteSleutel)) {
            laatste = lees(opdrachtgever, aansluitnummer, personeelsnummer, nummerIkv);
            laatsteSleutel = sleutel;
        }
        return laatste;
    }

    private List<StandIkp> lees(String opdrachtgever, String aansluitnummer, String personeelsnummer,
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
