package nl.lpg.stand;

import nl.lpg.delivery.IkvEenheid;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The stand as rules see it, read per chunk: {@link #laadVooruit} is called by the reader with the IKVs it is about to
 * hand out and reads everything the rules ask of the stand for them in a handful of queries; the view of the previous
 * chunk is dropped first, so nothing that grows with the number of IKVs in a delivery stays in memory. An IKV that was
 * not read ahead (a caller outside the job) is read on its own when asked.
 */
public class JdbcStandView implements StandView {

    /** By the primary key, whatever the statistics say ({@link StandWriter#PRIMAIR}). */
    private static final String PRIMAIR = StandWriter.PRIMAIR;
    private static final String ALS_LIJST = StandWriter.ALS_LIJST;

    /** Signals of earlier runs that rules read back (BR515, BR517). */
    static final List<String> TERUGGELEZEN_SIGNALEN = List.of("404", "409");

    private final JdbcTemplate jdbc;
    private final String runId;
    private final VasteStand chunk = new VasteStand();

    public JdbcStandView(JdbcTemplate jdbc) {
        this(jdbc, null);
    }

    /** With the run whose staged intrekkingen ({@code run_intrekking}) the rules see as the delivery's. */
    public JdbcStandView(JdbcTemplate jdbc, String runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    private Boolean leveringTrektIn;

    /** Whether the run's delivery holds any intrekking; most do not, and then no chunk asks (issue 10). */
    private boolean leveringTrektIn() {
        if (leveringTrektIn == null) {
            leveringTrektIn = Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM run_intrekking WHERE run_id = ?)", Boolean.class, runId));
        }
        return leveringTrektIn;
    }

    private Boolean standTrektIn;

    /**
     * Whether the stand holds any applied intrekking; most stands hold none, and then no chunk asks (issue 10). Asked
     * once per view (a step): only the intrekkingen step writes them, after the steps that read the stand this way.
     */
    private boolean standTrektIn() {
        if (standTrektIn == null) {
            standTrektIn = Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM stand_intrekking)", Boolean.class));
        }
        return standTrektIn;
    }

    private static final String IKVS_VAN_AANSLUITING =
            "SELECT EXISTS (SELECT 1 FROM stand_ikv WHERE opdrachtgever = ? AND aansluitnummer = ?)";
    private static final String IKVS_VAN_OPDRACHTGEVER =
            "SELECT EXISTS (SELECT 1 FROM stand_ikv WHERE opdrachtgever = ?)";
    private static final String BSNS_VAN_AANSLUITING =
            "SELECT EXISTS (SELECT 1 FROM stand_np_bsn WHERE opdrachtgever = ? AND aansluitnummer = ?)";

    /** One of the questions above for one opdrachtgever (and aansluitnummer). */
    private record Aanwezig(String vraag, String og, String an) {
    }

    /** Per question: whether the stand holds any row of it. */
    private final Map<Aanwezig, Boolean> aanwezig = new HashMap<>();

    /**
     * Whether the stand holds any row this question asks for, asked once per view (a step): the steps that read the
     * stand this way do not write it (the stand step runs after them, and one process owns a stand: ServerLock).
     */
    private boolean heeft(String vraag, String og, String an) {
        return aanwezig.computeIfAbsent(new Aanwezig(vraag, og, an), k -> Boolean.TRUE.equals(an == null
                ? jdbc.queryForObject(vraag, Boolean.class, og)
                : jdbc.queryForObject(vraag, Boolean.class, og, an)));
    }

    /** One IKV to read: its key and the BSN of its natuurlijk persoon (for the person's other IKVs). */
    public record Sleutel(String og, String an, String pnr, String nr, String bsn) {
    }

    /** Reads the stand of these IKVs in a few queries; the rules' questions about them are then answered from memory. */
    public void laadVooruit(List<IkvEenheid> eenheden) {
        List<Sleutel> s = new ArrayList<>(eenheden.size());
        for (IkvEenheid e : eenheden) {
            var np = e.ikv().natuurlijkPersoon();
            s.add(new Sleutel(e.ae().opdrachtgever(), e.ae().aansluitnummer(), e.ikv().personeelsnummer(),
                    e.ikv().nummer(), np == null ? null : np.bsn()));
        }
        int jaar = eenheden.stream().mapToInt(e -> e.ae().datumAanvangTijdvak().getYear()).min().orElse(2000);
        laad(s, LocalDate.of(jaar - 1, 1, 1));
    }

    /**
     * Reads the stand of these IKVs, forgetting the previous ones. PVPs are read from {@code pvpVanaf} on (the rules
     * compare with the current and the previous calendar year only: BR159, BR241, BR242).
     */
    public void laad(List<Sleutel> sleutels, LocalDate pvpVanaf) {
        chunk.leeg();
        if (sleutels.isEmpty()) {
            return;
        }
        Map<String, Sleutel> uniek = new LinkedHashMap<>();
        for (Sleutel s : sleutels) {
            uniek.putIfAbsent(VasteStand.sleutel(s.og(), s.an(), s.pnr(), s.nr()), s);
            chunk.markeer(s.og(), s.an(), s.pnr(), s.nr());
        }
        List<Sleutel> keys = new ArrayList<>(uniek.values());
        // an aansluiting the stand holds nothing of (a first delivery, a new employer) is not asked per key: a list
        // of 200 keys costs the server a millisecond to find nothing (issue 10: 2.9 s of database time at 100,000)
        List<Sleutel> opStand = keys.stream().filter(k -> heeft(IKVS_VAN_AANSLUITING, k.og(), k.an())).toList();
        // IKPs, PVPs and the signal administration are only ever stored with their IKV (StandWriter): they are asked
        // for the IKVs the stand holds, not for the new ones (most of a first delivery; issue 10)
        List<Sleutel> bekend = opStand.isEmpty() ? List.of() : leesIkvs(PRIMAIR + " WHERE (opdrachtgever,"
                + " aansluitnummer, personeelsnummer, nummer_ikv) IN " + tuples(opStand.size(), 4), vier(opStand));
        List<Sleutel> personen = keys.stream().filter(k -> k.bsn() != null && !k.bsn().isBlank()
                && heeft(IKVS_VAN_OPDRACHTGEVER, k.og(), null)).toList();
        List<Sleutel> verwant = new ArrayList<>();
        if (!personen.isEmpty()) {
            List<Object> args = new ArrayList<>();
            personen.forEach(k -> {
                args.add(k.og());
                args.add(k.bsn().trim());
            });
            verwant = leesIkvs(" FORCE INDEX (stand_ikv_persoon) WHERE (opdrachtgever, bsn) IN "
                    + tuples(personen.size(), 2), args).stream()
                    .filter(k -> !uniek.containsKey(VasteStand.sleutel(k.og(), k.an(), k.pnr(), k.nr()))).toList();
        }
        List<Sleutel> metIkps = new ArrayList<>(bekend);
        metIkps.addAll(verwant);
        Map<String, List<StandPvp>> pvps = bekend.isEmpty() ? Map.of() : leesPvps(bekend, pvpVanaf);
        String kol = "opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv";
        if (!metIkps.isEmpty()) {
            jdbc.query(ALS_LIJST + "SELECT " + kol + ", datum_aanvang, datum_einde, tijdvak_aanvang, tijdvak_einde,"
                    + " verbijzondering, code_meetelling, code_cao, soort_levering FROM stand_ikp" + PRIMAIR
                    + " WHERE (" + kol + ") IN " + tuples(metIkps.size(), 4) + " ORDER BY datum_aanvang", rs -> {
                LocalDate aanvang = rs.getDate(5).toLocalDate();
                String k = VasteStand.sleutel(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                chunk.ikp(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), new StandIkp(aanvang,
                        toLocal(rs.getDate(6)), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        pvps.getOrDefault(k + "|" + aanvang, List.of())));
            }, vier(metIkps).toArray());
        }
        List<Sleutel> metBsn = keys.stream().filter(k -> heeft(BSNS_VAN_AANSLUITING, k.og(), k.an())).toList();
        if (!metBsn.isEmpty()) {
            jdbc.query(ALS_LIJST + "SELECT opdrachtgever, aansluitnummer, personeelsnummer, bsn FROM stand_np_bsn"
                            + PRIMAIR + " WHERE (opdrachtgever, aansluitnummer, personeelsnummer) IN "
                            + tuples(metBsn.size(), 3),
                    rs -> {
                        chunk.bsn(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    }, drie(metBsn).toArray());
        }
        if (standTrektIn()) {
            jdbc.query(ALS_LIJST + "SELECT " + kol + ", datum_aanvang_ikp FROM stand_intrekking" + PRIMAIR + " WHERE (" + kol
                    + ") IN " + tuples(keys.size(), 4), rs -> {
                chunk.toegepasteIntrekking(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate());
            }, vier(keys).toArray());
        }
        List<Object> sargs = new ArrayList<>(vier(bekend));
        sargs.addAll(TERUGGELEZEN_SIGNALEN);
        if (!bekend.isEmpty()) {
            jdbc.query(ALS_LIJST + "SELECT " + kol + ", regel, datum_aanvang_ikp, run_id FROM stand_signaal" + PRIMAIR
                    + " WHERE (" + kol + ") IN " + tuples(bekend.size(), 4) + " AND regel IN ("
                    + "?,".repeat(TERUGGELEZEN_SIGNALEN.size() - 1) + "?)"
                    + " ORDER BY run_id, datum_aanvang_ikp", rs -> {
                String d = rs.getString(6);
                chunk.signaal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), new StandSignaal(
                        rs.getString(5), d == null || d.isBlank() ? null : LocalDate.parse(d), rs.getString(7)));
            }, sargs.toArray());
        }
        if (runId != null && leveringTrektIn()) {
            List<Object> rargs = new ArrayList<>();
            rargs.add(runId);
            rargs.addAll(vier(keys));
            jdbc.query(ALS_LIJST + "SELECT " + kol + ", datum_aanvang_ikp FROM run_intrekking" + PRIMAIR + " WHERE run_id = ? AND ("
                    + kol + ") IN " + tuples(keys.size(), 4), rs -> {
                chunk.intrekkingInLevering(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate());
            }, rargs.toArray());
        }
    }

    /** Reads stand_ikv rows into the chunk and returns their keys. */
    private List<Sleutel> leesIkvs(String where, List<Object> args) {
        List<Sleutel> gelezen = new ArrayList<>();
        jdbc.query(ALS_LIJST + "SELECT opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, aard, datum_aanvang,"
                + " datum_einde, bsn, geboortedatum, soort_inkomstenverhouding FROM stand_ikv" + where, rs -> {
            StandIkv ikv = new StandIkv(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    toLocal(rs.getDate(6)), toLocal(rs.getDate(7)), rs.getString(8), toLocal(rs.getDate(9)),
                    rs.getString(10));
            chunk.ikv(rs.getString(1), ikv);
            gelezen.add(new Sleutel(rs.getString(1), ikv.aansluitnummer(), ikv.personeelsnummer(), ikv.nummer(),
                    ikv.bsn()));
        }, args.toArray());
        return gelezen;
    }

    private Map<String, List<StandPvp>> leesPvps(List<Sleutel> keys, LocalDate vanaf) {
        Map<String, List<StandPvp>> m = new HashMap<>();
        List<Object> args = new ArrayList<>(vier(keys));
        args.add(Date.valueOf(vanaf));
        jdbc.query(ALS_LIJST + "SELECT opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, datum_aanvang_ikp,"
                + " productkeuze, productvariant, datum_aanvang_pvp, productloon FROM stand_pvp" + PRIMAIR
                + " WHERE (opdrachtgever,"
                + " aansluitnummer, personeelsnummer, nummer_ikv) IN " + tuples(keys.size(), 4)
                + " AND datum_aanvang_ikp >= ? ORDER BY datum_aanvang_pvp, seq", rs -> {
            String k = VasteStand.sleutel(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                    + "|" + rs.getDate(5).toLocalDate();
            m.computeIfAbsent(k, x -> new ArrayList<>()).add(new StandPvp(rs.getString(6), rs.getString(7),
                    rs.getDate(8).toLocalDate(), rs.getBigDecimal(9)));
        }, args.toArray());
        return m;
    }

    private static String tuples(int n, int breedte) {
        String t = "(" + "?,".repeat(breedte - 1) + "?)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(t);
        }
        return sb.append(")").toString();
    }

    private static List<Object> vier(List<Sleutel> keys) {
        List<Object> a = new ArrayList<>(keys.size() * 4);
        keys.forEach(k -> {
            a.add(k.og());
            a.add(k.an());
            a.add(k.pnr());
            a.add(k.nr());
        });
        return a;
    }

    private static List<Object> drie(List<Sleutel> keys) {
        List<Object> a = new ArrayList<>(keys.size() * 3);
        keys.forEach(k -> {
            a.add(k.og());
            a.add(k.an());
            a.add(k.pnr());
        });
        return a;
    }

    /** Answers from the chunk read ahead; an IKV outside it is read on its own (and replaces the chunk). */
    private <T> T uitChunk(String og, String an, String pnr, String nr, Function<VasteStand, T> vraag) {
        if (!chunk.kent(og, an, pnr, nr)) {
            laad(List.of(new Sleutel(og, an, pnr, nr, null)), LocalDate.of(1900, 1, 1));
        }
        return vraag.apply(chunk);
    }

    @Override
    public List<StandIkp> inkomstenperioden(String og, String an, String pnr, String nr) {
        return uitChunk(og, an, pnr, nr, c -> c.inkomstenperioden(og, an, pnr, nr));
    }

    @Override
    public Optional<StandIkv> inkomstenverhouding(String og, String an, String pnr, String nr) {
        return uitChunk(og, an, pnr, nr, c -> c.inkomstenverhouding(og, an, pnr, nr));
    }

    /** Only the persons of the chunk read ahead are known. */
    @Override
    public List<StandIkv> inkomstenverhoudingenVanPersoon(String og, String bsn) {
        return chunk.inkomstenverhoudingenVanPersoon(og, bsn);
    }

    /** Only the personeelsnummers of the chunk read ahead are known. */
    @Override
    public Set<String> bsnsVanPersoneelsnummer(String og, String an, String pnr) {
        return chunk.bsnsVanPersoneelsnummer(og, an, pnr);
    }

    @Override
    public List<LocalDate> toegepasteIntrekkingen(String og, String an, String pnr, String nr) {
        return uitChunk(og, an, pnr, nr, c -> c.toegepasteIntrekkingen(og, an, pnr, nr));
    }

    @Override
    public List<StandSignaal> signalen(String og, String an, String pnr, String nr) {
        return uitChunk(og, an, pnr, nr, c -> c.signalen(og, an, pnr, nr));
    }

    @Override
    public List<LocalDate> intrekkingenInLevering(String og, String an, String pnr, String nr) {
        return uitChunk(og, an, pnr, nr, c -> c.intrekkingenInLevering(og, an, pnr, nr));
    }

    /**
     * The number of actuele IKVs of an aansluiting (BR94, BR96): datum einde empty or on/after datum aanvang tijdvak.
     */
    public int aantalActueleIkvs(String og, String an, LocalDate datumAanvangTijdvak) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM stand_ikv WHERE opdrachtgever = ? AND aansluitnummer = ?"
                + " AND (datum_einde IS NULL OR datum_einde >= ?)", Integer.class, og, an,
                Date.valueOf(datumAanvangTijdvak));
        return n == null ? 0 : n;
    }

    private static LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
