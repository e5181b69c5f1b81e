package nl.lpg.stand;

import nl.lpg.batch.Json;
import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.Intrekking;
import nl.lpg.delivery.Levering;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.support.LaadData;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies accepted units to the stand. A loontijdvak delivered again replaces what was stored for that IKV and
 * loontijdvak; an intrekking removes the stored IKP of that loontijdvak with everything under it.
 * Every operation is idempotent, so a restart that repeats an uncommitted chunk ends in the same stand.
 */
public class StandWriter {

    private final JdbcTemplate jdbc;
    private final StandWaarnemer waarnemer;

    public StandWriter(JdbcTemplate jdbc) {
        this(jdbc, StandWaarnemer.GEEN);
    }

    /** A writer whose every change of the stand is seen, in its transaction, by {@code waarnemer} (insurer outbox). */
    public StandWriter(JdbcTemplate jdbc, StandWaarnemer waarnemer) {
        this.jdbc = jdbc;
        this.waarnemer = waarnemer;
    }

    /** A unit as the process job staged it (run_unit): its volgnummer, its AE and the IKV as JSON. */
    public record Gestaged(int volgnummer, int aeIndex, String payload) {
    }

    /** The header of the delivery a run processed, as received (levering_ontvangen); the file is not needed. */
    public Levering levering(String runId) {
        return jdbc.queryForObject("SELECT nummer_leverancier, periode_levering, volgnummer, aanmaak, soort"
                        + " FROM levering_ontvangen WHERE run_id = ?",
                (rs, i) -> new Levering(rs.getString(1), java.time.YearMonth.parse(rs.getString(2)), rs.getInt(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)), runId);
    }

    /** The AEs of a run as staged (run_ae), by index. */
    public Map<Integer, AeInhoud> aes(String runId) {
        Map<Integer, AeInhoud> aes = new HashMap<>();
        for (String payload : jdbc.queryForList("SELECT payload FROM run_ae WHERE run_id = ?", String.class, runId)) {
            AeInhoud ae = Json.read(payload, AeInhoud.class);
            aes.put(ae.ae().index(), ae);
        }
        return aes;
    }

    /**
     * Applies staged units of one run to the stand, with their calculations and signals: the process job's stand
     * step (one chunk, volgnummers ascending) and a held unit approved in review. One code path, so an approved unit
     * ends in the stand exactly as it would have had it been accepted.
     */
    public void pasGestagedToe(String runId, Levering levering, Map<Integer, AeInhoud> aes, List<Gestaged> units) {
        pasGelezenToe(runId, levering, aes, units.stream().map(t -> new Gelezen(t.volgnummer(), t.aeIndex(),
                Json.read(t.payload(), Inkomstenverhouding.class))).toList());
    }

    /** A unit of a run as read again from its delivery file by the stand step. */
    public record Gelezen(int volgnummer, int aeIndex, Inkomstenverhouding ikv) {
    }

    /** As {@link #pasGestagedToe}, for units already read (the process job's stand step reads them from the file). */
    public void pasGelezenToe(String runId, Levering levering, Map<Integer, AeInhoud> aes, List<Gelezen> units) {
        if (units.isEmpty()) {
            return;
        }
        pasGelezenToe(runId, levering, aes, units, berekeningen(runId, units.get(0).volgnummer(),
                units.get(units.size() - 1).volgnummer()));
    }

    /** As {@link #pasGelezenToe(String, Levering, Map, List)}, with the units' staged calculations already read. */
    public void pasGelezenToe(String runId, Levering levering, Map<Integer, AeInhoud> aes, List<Gelezen> units,
                              Map<Integer, Map<String, PvpWaarden>> berekend) {
        if (units.isEmpty()) {
            return;
        }
        List<Eenheid> eenheden = new ArrayList<>();
        for (Gelezen t : units) {
            eenheden.add(new Eenheid(aes.get(t.aeIndex()).ae(), t.ikv(), berekend.getOrDefault(t.volgnummer(), Map.of())));
        }
        pasToe(runId, levering, eenheden);
        bewaarSignalen(runId, units.stream()
                .map(t -> nl.lpg.batch.SignaalWriter.volgordeIkv(t.aeIndex(), t.volgnummer())).toList());
    }

    /**
     * Applies and records every intrekking of one AE: the process job's intrekkingen step and the intrekkingen of a
     * held AE approved in review (BR30 is their rejection).
     */
    public void trekInAe(String runId, String leveringSleutel, AeInhoud ae) {
        if (ae.intrekkingen().isEmpty()) {
            return;
        }
        Runnable na = waarnemer.voor(ae.intrekkingen().stream().map(i -> new StandWaarnemer.Werknemer(
                ae.ae().opdrachtgever(), ae.ae().aansluitnummer(), i.personeelsnummer(),
                i.nummerInkomstenverhouding())).distinct().toList());
        for (Intrekking i : ae.intrekkingen()) {
            trekIn(ae.ae(), i);
            registreerIntrekking(runId, leveringSleutel, ae.ae(), i);
        }
        na.run();
    }

    /**
     * An intrekking names the aanvang of the loontijdvak (BR324): every stored IKP of that loontijdvak goes, and an
     * IKP starting on that date from another loontijdvak too.
     */
    public void trekIn(AdministratieveEenheid ae, Intrekking i) {
        Object[] key = {ae.opdrachtgever(), ae.aansluitnummer(), i.personeelsnummer(), i.nummerInkomstenverhouding(),
                i.datumAanvangInkomstenperiode(), i.datumAanvangInkomstenperiode()};
        jdbc.update("DELETE FROM stand_pvp WHERE opdrachtgever = ? AND aansluitnummer = ? AND personeelsnummer = ?"
                + " AND nummer_ikv = ? AND (datum_aanvang_ikp = ? OR tijdvak_aanvang = ?)", key);
        jdbc.update("DELETE FROM stand_ikp WHERE opdrachtgever = ? AND aansluitnummer = ? AND personeelsnummer = ?"
                + " AND nummer_ikv = ? AND (datum_aanvang = ? OR tijdvak_aanvang = ?)", key);
    }

    /** The calculated values of one PVP as staged, keyed by IKP date, product and PVP date. */
    public record PvpWaarden(java.math.BigDecimal grondslagBerekend, java.math.BigDecimal premieBerekend,
                             java.math.BigDecimal premieVastgesteld) {
    }

    /** One accepted unit to apply: its AE, the IKV and the staged calculations of its PVPs. */
    public record Eenheid(AdministratieveEenheid ae, Inkomstenverhouding ikv, Map<String, PvpWaarden> berekend) {
    }

    /**
     * Applies the accepted units of one chunk with a handful of batched statements: first every replaced loontijdvak
     * and IKP is removed, then the new rows are inserted (a later unit of the chunk wins over an earlier one).
     */
    public void pasToe(String runId, Levering levering, List<Eenheid> eenheden) {
        Runnable na = waarnemer.voor(eenheden.stream().map(e -> new StandWaarnemer.Werknemer(e.ae().opdrachtgever(),
                e.ae().aansluitnummer(), e.ikv().personeelsnummer(), e.ikv().nummer())).distinct().toList());
        schrijf(runId, levering, eenheden);
        na.run();
    }

    private void schrijf(String runId, Levering levering, List<Eenheid> eenheden) {
        List<Object[]> ikvs = new ArrayList<>();
        List<Object[]> bsns = new ArrayList<>();
        List<Object[]> perTijdvak = new ArrayList<>();
        List<Object[]> perIkp = new ArrayList<>();
        // The chunk's own IKPs, keyed as the database compares keys; a later unit replaces an earlier one of the chunk
        // by the same rule as it replaces the stored ones (same loontijdvak or same IKP date), so the stand does not
        // depend on where the chunks (or the stand step's partitions) begin and end.
        Map<List<Object>, Object[]> ikps = new java.util.LinkedHashMap<>();
        Map<List<Object>, List<Object[]>> pvpsPerIkp = new java.util.LinkedHashMap<>();
        Map<List<Object>, Set<List<Object>>> ikpSleutelsPerIkv = new java.util.HashMap<>();
        for (Eenheid e : eenheden) {
            AdministratieveEenheid ae = e.ae();
            Inkomstenverhouding ikv = e.ikv();
            String og = ae.opdrachtgever();
            String an = ae.aansluitnummer();
            var np = ikv.natuurlijkPersoon();
            String bsn = np == null || np.bsn() == null || np.bsn().isBlank() ? null : np.bsn().trim();
            ikvs.add(new Object[]{og, an, ikv.personeelsnummer(), ikv.nummer(), ikv.aard(), ikv.datumAanvang(),
                    ikv.datumEinde(), Json.writeZonderNull(np), runId, bsn, np == null ? null : np.geboortedatum(),
                    soortActueel(ikv)});
            if (bsn != null) {
                // BR253: every BSN ever accepted under this personeelsnummer at this aansluiting
                bsns.add(new Object[]{og, an, ikv.personeelsnummer(), bsn, runId});
            }
            Object[] ikvSleutel = {og, an, ikv.personeelsnummer(), ikv.nummer()};
            List<Object> genormaliseerd = norm(ikvSleutel);
            perTijdvak.add(new Object[]{og, an, ikv.personeelsnummer(), ikv.nummer(), ae.datumAanvangTijdvak()});
            java.util.Set<Object> ikpDatums = new java.util.HashSet<>();
            ikv.inkomstenperioden().forEach(i -> ikpDatums.add(i.datumAanvang()));
            // only this IKV's IKPs of the chunk are looked at (a scan of all of them was a third of the step, issue 10)
            Set<List<Object>> vanIkv = ikpSleutelsPerIkv.computeIfAbsent(genormaliseerd,
                    k -> new java.util.LinkedHashSet<>());
            vanIkv.removeIf(k -> {
                boolean weg = ae.datumAanvangTijdvak().equals(ikps.get(k)[6]) || ikpDatums.contains(k.get(4));
                if (weg) {
                    ikps.remove(k);
                    pvpsPerIkp.remove(k);
                }
                return weg;
            });
            for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
                // The same IKP delivered in another loontijdvak before (a correction) is replaced too.
                perIkp.add(new Object[]{og, an, ikv.personeelsnummer(), ikv.nummer(), ikp.datumAanvang()});
                List<Object> ikpKey = plus(genormaliseerd, ikp.datumAanvang());
                ikps.remove(ikpKey);
                vanIkv.add(ikpKey);
                ikps.put(ikpKey, new Object[]{og, an, ikv.personeelsnummer(), ikv.nummer(), ikp.datumAanvang(),
                        ikp.datumEinde(), ae.datumAanvangTijdvak(), ae.datumEindeTijdvak(), ikp.verbijzondering(),
                        IKP_ZONDER_PVPS.writeValueAsString(ikp), levering.sleutel(), runId, code(ikp.codeMeetelling()),
                        ikp.codeCao(),
                        levering.soort()});
                List<Object[]> pvps = new ArrayList<>();
                pvpsPerIkp.remove(ikpKey);
                pvpsPerIkp.put(ikpKey, pvps);
                int seq = 0;
                for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                    for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                        PvpWaarden w = e.berekend().getOrDefault(sleutel(ikp.datumAanvang().toString(),
                                pvv.productkeuze(), pvv.productvariant(), pvp.datumAanvang().toString()),
                                new PvpWaarden(null, null, null));
                        pvps.add(new Object[]{og, an, ikv.personeelsnummer(), ikv.nummer(),
                                ikp.datumAanvang(), seq++, ae.datumAanvangTijdvak(), pvv.productkeuze(),
                                pvv.productvariant(), pvp.datumAanvang(), pvp.productloon(), pvp.premiegrondslag(),
                                w.grondslagBerekend(), pvp.premie(), w.premieBerekend(), w.premieVastgesteld(),
                                levering.sleutel(), pvp.productloonIncidenteel(), pvp.meetellingswaarde(),
                                pvp.dagen(), pvp.uren()});
                    }
                }
            }
        }
        String sleutelKolommen = "opdrachtgever = ? AND aansluitnummer = ? AND personeelsnummer = ? AND nummer_ikv = ?";
        // The IKV and its person as last delivered: a held unit approved later (review, BR28) does not overwrite
        // what a later run already stored (run ids start with their start time, so they sort in time).
        String nieuwer = "VALUES(laatst_run_id) >= laatst_run_id";
        String opslaan = "INSERT INTO stand_ikv (opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, aard,"
                + " datum_aanvang, datum_einde, natuurlijk_persoon, laatst_run_id, bsn, geboortedatum,"
                + " soort_inkomstenverhouding) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE"
                + " aard = IF(" + nieuwer + ", VALUES(aard), aard),"
                + " datum_aanvang = IF(" + nieuwer + ", VALUES(datum_aanvang), datum_aanvang),"
                + " datum_einde = IF(" + nieuwer + ", VALUES(datum_einde), datum_einde),"
                + " natuurlijk_persoon = IF(" + nieuwer + ", VALUES(natuurlijk_persoon), natuurlijk_persoon),"
                + " bsn = IF(" + nieuwer + ", VALUES(bsn), bsn),"
                + " geboortedatum = IF(" + nieuwer + ", VALUES(geboortedatum), geboortedatum),"
                + " soort_inkomstenverhouding = IF(" + nieuwer + ", VALUES(soort_inkomstenverhouding),"
                + " soort_inkomstenverhouding),"
                + " laatst_run_id = IF(" + nieuwer + ", VALUES(laatst_run_id), laatst_run_id)";
        // An IKV new in the stand is a plain INSERT (the bulk path, several times faster than the upsert); one the
        // stand already holds goes through the upsert. Should another writer have stored a new one meanwhile (a
        // review decision), the upsert takes that batch over.
        Set<List<Object>> bestaand = bestaandeIkvs(ikvs);
        Map<List<Object>, Object[]> nieuw = new java.util.LinkedHashMap<>();
        List<Object[]> bijwerken = new ArrayList<>();
        for (Object[] r : ikvs) {
            List<Object> k = norm(r);
            if (bestaand.contains(k)) {
                bijwerken.add(r);
            } else {
                // delivered twice in this chunk: the last values, under the key as first written (as the upsert keeps)
                nieuw.merge(k, r, (oud, later) -> {
                    Object[] m = later.clone();
                    System.arraycopy(oud, 0, m, 0, 4);
                    return m;
                });
            }
        }
        if (!nieuw.isEmpty()) {
            try {
                jdbc.batchUpdate(opslaan.substring(0, opslaan.indexOf(" ON DUPLICATE KEY")), new ArrayList<>(nieuw.values()));
            } catch (org.springframework.dao.DuplicateKeyException e) {
                jdbc.batchUpdate(opslaan, new ArrayList<>(nieuw.values()));
            }
        }
        if (!bijwerken.isEmpty()) {
            meerRijen(opslaan, bijwerken);
        }
        jdbc.batchUpdate("INSERT IGNORE INTO stand_np_bsn (opdrachtgever, aansluitnummer, personeelsnummer, bsn,"
                + " eerste_run_id) VALUES (?,?,?,?,?)", bsns);
        // What a chunk replaces: the stored IKPs of its IKVs in a delivered loontijdvak or with a delivered IKP date.
        // One read finds them (an IKV new in the stand has none: IKPs are only stored with their IKV), then exactly
        // those go, with their PVPs.
        List<Object[]> weg = vervangen(perTijdvak, perIkp, bestaand);
        jdbc.batchUpdate("DELETE FROM stand_pvp WHERE " + sleutelKolommen + " AND datum_aanvang_ikp = ?", weg);
        jdbc.batchUpdate("DELETE FROM stand_ikp WHERE " + sleutelKolommen + " AND datum_aanvang = ?", weg);
        // bulk loads; every row must be stored (what they replace is gone), so a key stored twice is an error
        LaadData.laad(jdbc, "stand_ikp", "opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv,"
                + " datum_aanvang, datum_einde, tijdvak_aanvang, tijdvak_einde, verbijzondering, inkomstenperiode,"
                + " levering_sleutel, run_id, code_meetelling, code_cao, soort_levering", new ArrayList<>(ikps.values()),
                LaadData.Modus.NIEUW);
        LaadData.laad(jdbc, "stand_pvp", "opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv,"
                + " datum_aanvang_ikp, seq, tijdvak_aanvang, productkeuze, productvariant, datum_aanvang_pvp,"
                + " productloon, grondslag_aangeleverd, grondslag_berekend, premie_aangeleverd, premie_berekend,"
                + " premie_vastgesteld, levering_sleutel, productloon_incidenteel, meetellingswaarde, dagen, uren",
                pvpsPerIkp.values().stream().flatMap(List::stream).toList(),
                LaadData.Modus.NIEUW);
    }

    /** A PVV in the stand's IKP JSON: its own members; its perioden are rows of stand_pvp (V21). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"perioden"})
    private interface PvvZonderPerioden {
    }

    /**
     * The delivered IKP as stand_ikp.inkomstenperiode keeps it: without null members, its PVVs without their perioden.
     * Each PVP is a row of stand_pvp with every delivered value; the same PVPs in the JSON as well were about 450 of an
     * IKP row's 700 bytes, loaded for every IKP of every month (issue 10).
     */
    static final tools.jackson.databind.ObjectWriter IKP_ZONDER_PVPS = Json.zonderNull(Json.MAPPER.rebuild()
            .addMixIn(PensioenVerzekeringVerhouding.class, PvvZonderPerioden.class));

    /**
     * An {@code INSERT ... VALUES (?,..) ON DUPLICATE KEY UPDATE} for many rows as one statement per 500 rows: the
     * driver sent the upsert row by row (a second month updates every IKV of the stand; issue 10). The rows are
     * applied in their order, as the batch applied them.
     */
    private void meerRijen(String insertEnUpdate, List<Object[]> rijen) {
        int waarden = insertEnUpdate.indexOf(" VALUES (");
        int eind = insertEnUpdate.indexOf(')', waarden) + 1;
        String groep = insertEnUpdate.substring(waarden + " VALUES ".length(), eind);
        for (int van = 0; van < rijen.size(); van += 500) {
            List<Object[]> deel = rijen.subList(van, Math.min(rijen.size(), van + 500));
            List<Object> args = new ArrayList<>();
            deel.forEach(r -> args.addAll(java.util.Arrays.asList(r)));
            jdbc.update(insertEnUpdate.substring(0, waarden) + " VALUES "
                    + String.join(",", java.util.Collections.nCopies(deel.size(), groep))
                    + insertEnUpdate.substring(eind), args.toArray());
        }
    }

    /** The IKV keys of a chunk ({@code ikvs}: key first) that the stand already holds, as the database compares them. */
    private Set<List<Object>> bestaandeIkvs(List<Object[]> ikvs) {
        Set<List<Object>> bestaand = new java.util.HashSet<>();
        java.util.Set<List<Object>> vragen = new java.util.LinkedHashSet<>();
        for (Bereik b : bereikZeker() ? bereiken(ikvs) : List.of(Bereik.perSleutel(ikvs))) {
            // a stretch of personeelsnummers in which the stand holds no IKV holds none of the chunk's: a first
            // delivery in personeelsnummer order asks one question per chunk instead of a list of 500 keys that
            // finds nothing (issue 10: 1.3 s of the database's time at 100,000)
            if (b.laag() == null || Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM stand_ikv"
                            + PRIMAIR + " WHERE opdrachtgever = ? AND aansluitnummer = ? AND personeelsnummer BETWEEN ?"
                            + " AND ?)", Boolean.class, b.opdrachtgever(), b.aansluitnummer(), b.laag(), b.hoog()))) {
                b.ikvs().forEach(r -> vragen.add(List.of(r[0], r[1], r[2], r[3])));
            }
        }
        perIkvSleutel("opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv FROM stand_ikv" + PRIMAIR, vragen,
                rs -> {
                    bestaand.add(norm(new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}));
                });
        return bestaand;
    }

    /** Collations that order letters and digits as their upper case does ({@code StandWriterBereikTest}). */
    private static final java.util.regex.Pattern ZEKERE_COLLATIE = java.util.regex.Pattern.compile(
            "utf8(mb[34])?_(general(_nopad)?_ci|unicode(_520)?(_nopad)?_ci|uca1400(_nopad)?_a[is]_c[is])");

    private Boolean bereikZeker;

    /**
     * Whether stand_ikv.personeelsnummer has such a collation: the database's default (utf8mb4_general_ci on the
     * embedded server, uca1400 on newer servers); not a binary or a language's collation (Danish sorts AA after Z).
     */
    private boolean bereikZeker() {
        if (bereikZeker == null) {
            List<String> c = jdbc.queryForList("SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE"
                    + " TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'stand_ikv' AND COLUMN_NAME = 'personeelsnummer'",
                    String.class);
            bereikZeker = c.size() == 1 && c.get(0) != null && zekereCollatie(c.get(0));
        }
        return bereikZeker;
    }

    static boolean zekereCollatie(String naam) {
        return ZEKERE_COLLATIE.matcher(naam).matches();
    }

    /**
     * The IKVs of a chunk of one aansluiting, with their lowest and highest personeelsnummer as the database orders
     * them, or without (null) where that order is not certain here.
     */
    record Bereik(String opdrachtgever, String aansluitnummer, String laag, String hoog, List<Object[]> ikvs) {
        /** IKVs that are asked for one by one. */
        static Bereik perSleutel(List<Object[]> ikvs) {
            return new Bereik(null, null, null, null, ikvs);
        }
    }

    /** Personeelsnummers of letters and digits only: the column's collation orders them as their upper case does. */
    private static final java.util.regex.Pattern EENVOUDIG = java.util.regex.Pattern.compile("[0-9A-Za-z]+");

    /**
     * The chunk's IKVs (rows of stand_ikv: opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, ...) per
     * aansluiting as delivered. Where every personeelsnummer of it is letters and digits (trailing spaces aside, which
     * the collation ignores), its range under utf8mb4_general_ci is that of their upper case in Java's order: the
     * collation compares letters without case and pads a shorter value with spaces, which sort below letters and
     * digits. Any other character (an accent the collation folds, punctuation) and the aansluiting is asked per key.
     */
    static List<Bereik> bereiken(List<Object[]> ikvs) {
        Map<List<Object>, List<Object[]>> perAansluiting = new java.util.LinkedHashMap<>();
        for (Object[] r : ikvs) {
            perAansluiting.computeIfAbsent(java.util.Arrays.asList(r[0], r[1]), k -> new ArrayList<>()).add(r);
        }
        List<Bereik> uit = new ArrayList<>();
        perAansluiting.forEach((aansluiting, rijen) -> {
            String laag = null;
            String hoog = null;
            boolean zeker = aansluiting.get(0) instanceof String && aansluiting.get(1) instanceof String;
            for (Object[] r : rijen) {
                String pnr = r[2] instanceof String t ? t.stripTrailing().toUpperCase(java.util.Locale.ROOT) : null;
                if (pnr == null || !EENVOUDIG.matcher(pnr).matches()) {
                    zeker = false;
                    break;
                }
                laag = laag == null || pnr.compareTo(laag) < 0 ? pnr : laag;
                hoog = hoog == null || pnr.compareTo(hoog) > 0 ? pnr : hoog;
            }
            uit.add(zeker ? new Bereik((String) aansluiting.get(0), (String) aansluiting.get(1), laag, hoog, rijen)
                    : Bereik.perSleutel(rijen));
        });
        return uit;
    }

    /**
     * Every look-up by a list of IKV keys goes by the primary key, whatever the table's statistics say. After a first
     * month loaded into empty tables the optimizer still took them for empty: it turned the key list (1,000 values or
     * more) into a derived table and joined a full scan of the stand to it, once per key, so the second month's run
     * grew with the square of its size (issue 10, {@code bench --maanden 2}, {@code StandOpzoekenPerSleutelIT}).
     */
    public static final String PRIMAIR = " FORCE INDEX (PRIMARY)";

    /**
     * Keeps a look-up's list of keys a list: MariaDB turns an IN list of 1,000 values or more into a derived table, and
     * the stand view's look-ups of a second month then read every IKP of the stand per chunk even with the index forced
     * (issue 10: {@code bench --n 20000 --maanden 2}, 3,240,000 rows examined in 40 look-ups of stand_ikp; at 100,000 the
     * IKV step of month 2 took 174 s). Per statement, not per connection: the setting cost a first month's other
     * statements about 5 s of database CPU at 100,000.
     */
    public static final String ALS_LIJST = "SET STATEMENT in_predicate_conversion_threshold = 0 FOR ";

    /** {@code SELECT kolommenVanTabel WHERE} the IKV key is one of {@code sleutels}, 500 keys a query. */
    private void perIkvSleutel(String kolommenVanTabel, java.util.Collection<List<Object>> sleutels,
                               org.springframework.jdbc.core.RowCallbackHandler rij) {
        List<List<Object>> lijst = new ArrayList<>(sleutels);
        for (int van = 0; van < lijst.size(); van += 500) {
            List<List<Object>> deel = lijst.subList(van, Math.min(lijst.size(), van + 500));
            List<Object> args = new ArrayList<>();
            deel.forEach(args::addAll);
            jdbc.query(ALS_LIJST + "SELECT " + kolommenVanTabel + " WHERE (opdrachtgever, aansluitnummer, personeelsnummer,"
                    + " nummer_ikv) IN (" + String.join(",", java.util.Collections.nCopies(deel.size(), "(?,?,?,?)"))
                    + ")", rij, args.toArray());
        }
    }

    /**
     * The stored IKPs (key and datum aanvang) that the units of a chunk replace: those of the same IKV in a delivered
     * loontijdvak ({@code perTijdvak}: key + tijdvak aanvang) or starting on a delivered IKP date ({@code perIkp}: key +
     * datum aanvang). Their PVPs share key and datum aanvang IKP, so the same list removes those.
     */
    private List<Object[]> vervangen(List<Object[]> perTijdvak, List<Object[]> perIkp, Set<List<Object>> bestaand) {
        java.util.Set<List<Object>> tijdvakken = new java.util.HashSet<>();
        java.util.Set<List<Object>> datums = new java.util.HashSet<>();
        java.util.Set<List<Object>> sleutels = new java.util.LinkedHashSet<>();
        for (Object[] r : perTijdvak) {
            List<Object> sleutel = norm(r);
            tijdvakken.add(plus(sleutel, datum(r[4])));
            if (bestaand.contains(sleutel)) {
                sleutels.add(List.of(r[0], r[1], r[2], r[3]));
            }
        }
        for (Object[] r : perIkp) {
            if (r[4] != null) {
                datums.add(plus(norm(r), datum(r[4])));
            }
        }
        List<Object[]> weg = new ArrayList<>();
        perIkvSleutel("opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, datum_aanvang, tijdvak_aanvang"
                + " FROM stand_ikp" + PRIMAIR, sleutels, rs -> {
            Object[] k = {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)};
            java.time.LocalDate aanvang = rs.getDate(5).toLocalDate();
            java.time.LocalDate tijdvak = rs.getDate(6).toLocalDate();
            if (tijdvakken.contains(plus(norm(k), tijdvak)) || datums.contains(plus(norm(k), aanvang))) {
                weg.add(new Object[]{k[0], k[1], k[2], k[3], aanvang}); // the stored key, exactly
            }
        });
        return weg;
    }

    /** A key as the database compares it (case-insensitive, trailing spaces ignored). */
    private static List<Object> norm(Object[] r) {
        List<Object> l = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            l.add(r[i] == null ? null : r[i].toString().stripTrailing().toUpperCase(java.util.Locale.ROOT));
        }
        return l;
    }

    private static List<Object> plus(List<Object> sleutel, Object waarde) {
        List<Object> l = new ArrayList<>(sleutel);
        l.add(waarde);
        return l;
    }

    private static Object datum(Object d) {
        return d instanceof java.sql.Date sd ? sd.toLocalDate() : d;
    }

    /** The soort inkomstenverhouding of the most recent IKP (werkgeversbetaling, BR202). */
    private static String soortActueel(Inkomstenverhouding ikv) {
        return ikv.inkomstenperioden().stream().filter(i -> i.datumAanvang() != null)
                .max(java.util.Comparator.comparing(Inkomstenperiode::datumAanvang))
                .map(Inkomstenperiode::soortInkomstenverhouding).orElse(null);
    }

    private static String code(String s) {
        return s == null || s.isBlank() ? null : s.trim().substring(0, 1).toUpperCase();
    }

    /** Records an applied intrekking (the stand's memory of what was withdrawn). */
    public void registreerIntrekking(String runId, String leveringSleutel, AdministratieveEenheid ae, Intrekking i) {
        jdbc.update("INSERT IGNORE INTO stand_intrekking (opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv,"
                        + " datum_aanvang_ikp, run_id, levering_sleutel) VALUES (?,?,?,?,?,?,?)", ae.opdrachtgever(),
                ae.aansluitnummer(), i.personeelsnummer(), i.nummerInkomstenverhouding(),
                i.datumAanvangInkomstenperiode(), runId, leveringSleutel);
    }

    /**
     * The signal administration: the signals of the applied units (by their volgorde in run_signal) are kept per IKV,
     * so later runs can read them back (BR515, BR517).
     */
    public void bewaarSignalen(String runId, List<Long> volgordes) {
        if (volgordes.isEmpty()) {
            return;
        }
        // Most units have no signal: one range read finds those that have, and only they are copied (a long IN list
        // of units without signals cost as much as the copy itself, issue 10).
        Set<Long> metSignaal = new java.util.HashSet<>(jdbc.queryForList("SELECT DISTINCT volgorde FROM run_signal"
                        + " WHERE run_id = ? AND volgorde BETWEEN ? AND ?", Long.class, runId,
                java.util.Collections.min(volgordes), java.util.Collections.max(volgordes)));
        List<Long> kopieer = volgordes.stream().filter(metSignaal::contains).toList();
        if (kopieer.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>();
        args.add(runId);
        args.add(java.util.Collections.min(kopieer));
        args.add(java.util.Collections.max(kopieer));
        args.addAll(kopieer);
        // bounded by the range as well: the primary key's range, not every signal of the run (issue 10)
        jdbc.update("INSERT IGNORE INTO stand_signaal (opdrachtgever, aansluitnummer, personeelsnummer,"
                + " nummer_ikv, run_id, seq, regel, aard, datum_aanvang_ikp) SELECT opdrachtgever, aansluitnummer,"
                + " personeelsnummer, nummer_ikv, run_id, seq, regel, aard, datum_aanvang_ikp FROM run_signal"
                + " WHERE run_id = ? AND volgorde BETWEEN ? AND ? AND volgorde IN (" + "?,".repeat(kopieer.size() - 1) + "?)"
                + " AND personeelsnummer IS NOT NULL AND nummer_ikv IS NOT NULL", args.toArray());
    }

    public static String sleutel(String ikp, String pk, String pv, String pvp) {
        return ikp + "|" + pk + "|" + (pv == null ? "" : pv) + "|" + pvp;
    }

    /**
     * The calculations of one accepted unit as run_unit.berekend holds them (V17), keyed as {@link #sleutel}: amounts
     * rounded as the DECIMAL(18,2) columns of run_pvp_calculation round them, so both paths give the same stand.
     */
    public static String berekendAlsJson(Map<String, PvpWaarden> berekend) {
        // Keys of printable ASCII without a quote or backslash (dates and product codes) need no escaping: the text
        // is written straight (issue 10: the generator per unit was a twentieth of the IKV step); else by Jackson.
        if (berekend.keySet().stream().allMatch(StandWriter::zonderEscape)) {
            StringBuilder sb = new StringBuilder(2 + 64 * berekend.size()).append('{');
            for (Map.Entry<String, PvpWaarden> e : berekend.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append('"').append(e.getKey()).append("\":");
                waardenJson(sb, e.getValue());
            }
            return sb.append('}').toString();
        }
        // written token by token: the same text as a map of string arrays, without building one per unit (issue 10)
        java.io.StringWriter uit = new java.io.StringWriter(64 + 80 * berekend.size());
        try (tools.jackson.core.JsonGenerator g = Json.MAPPER.createGenerator(uit)) {
            g.writeStartObject();
            for (Map.Entry<String, PvpWaarden> e : berekend.entrySet()) {
                g.writeName(e.getKey());
                g.writeStartArray();
                g.writeString(cent(e.getValue().grondslagBerekend()));
                g.writeString(cent(e.getValue().premieBerekend()));
                g.writeString(cent(e.getValue().premieVastgesteld()));
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        return uit.toString();
    }

    /** One PVP's calculated values with the parts of its key ({@link #sleutel}). */
    public record Berekend(java.time.LocalDate ikp, String productkeuze, String productvariant,
                           java.time.LocalDate pvp, PvpWaarden waarden) {
    }

    /**
     * The same text as {@link #berekendAlsJson(Map)} over the map these entries make in their order (an entry whose
     * key came before takes that entry's place). Where no two entries share a key and the product codes need no
     * escaping, it is written straight from the entries, without the map and a key string per PVP (issue 10: they were
     * a thirtieth of the IKV step); otherwise through the map.
     */
    public static String berekendAlsJson(List<Berekend> lijst) {
        int n = lijst.size();
        boolean recht = true;
        for (int i = 0; i < n && recht; i++) {
            Berekend b = lijst.get(i);
            recht = b.ikp() != null && b.pvp() != null && b.productkeuze() != null && zonderEscape(b.productkeuze())
                    && (b.productvariant() == null || zonderEscape(b.productvariant()));
            for (int j = 0; j < i && recht; j++) {
                recht = !zelfdeSleutel(b, lijst.get(j));
            }
        }
        if (!recht) {
            Map<String, PvpWaarden> m = new java.util.LinkedHashMap<>();
            for (Berekend b : lijst) {
                m.put(sleutel(b.ikp().toString(), b.productkeuze(), b.productvariant(), b.pvp().toString()),
                        b.waarden());
            }
            return berekendAlsJson(m);
        }
        StringBuilder sb = new StringBuilder(2 + 96 * n).append('{');
        for (Berekend b : lijst) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"');
            nl.lpg.support.Datum.iso(sb, b.ikp());
            sb.append('|').append(b.productkeuze()).append('|');
            if (b.productvariant() != null) {
                sb.append(b.productvariant());
            }
            sb.append('|');
            nl.lpg.support.Datum.iso(sb, b.pvp());
            sb.append("\":");
            waardenJson(sb, b.waarden());
        }
        return sb.append('}').toString();
    }

    /** Whether two entries have the same {@link #sleutel} (a null productvariant keys as an empty one). */
    private static boolean zelfdeSleutel(Berekend a, Berekend b) {
        return a.ikp().equals(b.ikp()) && a.pvp().equals(b.pvp()) && a.productkeuze().equals(b.productkeuze())
                && java.util.Objects.equals(a.productvariant() == null ? "" : a.productvariant(),
                b.productvariant() == null ? "" : b.productvariant());
    }

    private static boolean zonderEscape(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** A PVP's three calculated amounts as a JSON array of {@link #centJson} strings. */
    private static void waardenJson(StringBuilder sb, PvpWaarden w) {
        sb.append('[');
        centJson(sb, w.grondslagBerekend());
        sb.append(',');
        centJson(sb, w.premieBerekend());
        sb.append(',');
        centJson(sb, w.premieVastgesteld());
        sb.append(']');
    }

    /** An amount as {@link #cent} gives it, as a JSON string, or null. */
    private static void centJson(StringBuilder sb, java.math.BigDecimal b) {
        if (b == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        nl.lpg.support.Getal.plain(sb, b.setScale(2, java.math.RoundingMode.HALF_UP));
        sb.append('"');
    }

    private static String cent(java.math.BigDecimal b) {
        return b == null ? null : b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The staged calculations of one accepted unit as {@link #berekendAlsJson} wrote them. */
    public static Map<String, PvpWaarden> berekend(String json) {
        // read token by token, without a tree per unit (the tree was 7% of the stand step's thread, issue 10)
        Map<String, PvpWaarden> m = new HashMap<>();
        try (tools.jackson.core.JsonParser p = Json.MAPPER.createParser(json)) {
            if (p.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("run_unit.berekend is not an object: " + json);
            }
            while (p.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                String sleutel = p.currentName();
                if (p.nextToken() != tools.jackson.core.JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("run_unit.berekend of " + sleutel + " is not an array");
                }
                java.math.BigDecimal[] w = new java.math.BigDecimal[3];
                int i = 0;
                for (tools.jackson.core.JsonToken t; (t = p.nextToken()) != tools.jackson.core.JsonToken.END_ARRAY; i++) {
                    if (i < 3 && t != tools.jackson.core.JsonToken.VALUE_NULL) {
                        w[i] = new java.math.BigDecimal(p.getString());
                    }
                }
                m.put(sleutel, new PvpWaarden(w[0], w[1], w[2]));
            }
        }
        return m;
    }

    /** Reads the staged calculations of the units {@code van..tot} (one chunk), per unit volgnummer. */
    public Map<Integer, Map<String, PvpWaarden>> berekeningen(String runId, int van, int tot) {
        Map<Integer, Map<String, PvpWaarden>> m = new HashMap<>();
        jdbc.query("SELECT volgnummer, datum_aanvang_ikp, productkeuze, productvariant, datum_aanvang_pvp,"
                        + " grondslag_berekend, premie_berekend, premie_vastgesteld FROM run_pvp_calculation"
                        + " WHERE run_id = ? AND volgnummer BETWEEN ? AND ?",
                rs -> {
                    m.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(sleutel(
                            rs.getDate(2).toLocalDate().toString(), rs.getString(3), rs.getString(4),
                            rs.getDate(5).toLocalDate().toString()),
                            new PvpWaarden(rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)));
                }, runId, van, tot);
        return m;
    }
}
