package nl.lpg.review;

import nl.lpg.batch.Json;
import nl.lpg.batch.SignaalWriter;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.Intrekking;
import nl.lpg.stand.StandWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Review of held units (Interne beoordeling): list them, approve one (applied to the stand through the same
 * {@link StandWriter} call as the process job's stand step) or reject one (BR28 for an inkomstenverhouding, BR30 for
 * the intrekkingen of an administratieve eenheid). Every decision is kept in {@code review_besluit}; a unit is
 * decided once.
 */
@Component
public class Review {

    private static final Logger log = LoggerFactory.getLogger(Review.class);

    public enum Besluit { APPROVED, REJECTED }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public Review(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(tm);
    }

    /** Completed process runs only: a run still to be resumed may change what it holds. */
    private static final String VOLTOOID = " JOIN lpg_run r ON r.run_id = u.run_id AND r.command = 'process'"
            + " AND r.status = 'COMPLETED'";

    /** Every held unit in run order, the open ones only or ({@code alle}) the decided ones too. */
    public List<GehoudenEenheid> lijst(boolean alle) {
        List<GehoudenEenheid> lijst = new ArrayList<>();
        // one row per run: the runs with a held IKV or a held AE, in the order they ran
        List<String> runs = jdbc.queryForList("SELECT u.run_id FROM run_unit u" + VOLTOOID + " WHERE u.status = 'HELD'"
                + " UNION SELECT u.run_id FROM run_ae u" + VOLTOOID + " WHERE u.status = 'HELD'", String.class);
        runs = runs.stream().distinct().sorted().toList();
        for (String runId : runs) {
            String levering = levering(runId);
            Map<Integer, AeInhoud> aes = new StandWriter(jdbc).aes(runId);
            for (Map<String, Object> ae : jdbc.queryForList("SELECT ae_index FROM run_ae WHERE run_id = ?"
                    + " AND status = 'HELD' ORDER BY ae_index", runId)) {
                int index = ((Number) ae.get("ae_index")).intValue();
                AeInhoud inhoud = aes.get(index);
                if (inhoud.intrekkingen().isEmpty()) {
                    continue; // nothing of the AE itself to decide: its IKVs are units of their own
                }
                EenheidSleutel sleutel = new EenheidSleutel(runId, EenheidSleutel.Soort.INTREKKINGEN, index);
                lijst.add(regel(sleutel, levering, inhoud, null, null,
                        signalen(runId, List.of(SignaalWriter.volgordeAe(index),
                                SignaalWriter.volgordeAeAfsluiting(index)), false)));
            }
            jdbc.query("SELECT volgnummer, ae_index, personeelsnummer, nummer_ikv FROM run_unit WHERE run_id = ?"
                    + " AND status = 'HELD' ORDER BY volgnummer", rs -> {
                int v = rs.getInt(1);
                int index = rs.getInt(2);
                EenheidSleutel sleutel = new EenheidSleutel(runId, EenheidSleutel.Soort.IKV, v);
                List<String[]> s = new ArrayList<>(signalen(runId, List.of(SignaalWriter.volgordeIkv(index, v)), false));
                // the AE's Interne beoordeling holds its IKVs too (AeAfsluitingTasklet): say so with the unit
                s.addAll(signalen(runId, List.of(SignaalWriter.volgordeAe(index),
                        SignaalWriter.volgordeAeAfsluiting(index)), true));
                lijst.add(regel(sleutel, levering, aes.get(index), rs.getString(3), rs.getString(4), s));
            }, runId);
        }
        if (alle) {
            return lijst;
        }
        return lijst.stream().filter(e -> e.besluit() == null).toList();
    }

    private GehoudenEenheid regel(EenheidSleutel sleutel, String levering, AeInhoud ae, String personeelsnummer,
                                  String nummerIkv, List<String[]> signalen) {
        Set<String> regels = new LinkedHashSet<>();
        List<String> meldingen = new ArrayList<>();
        for (String[] s : signalen) {
            regels.add(s[0]);
            meldingen.add("BR" + s[0] + " " + s[1] + ": " + s[2]);
        }
        List<Map<String, Object>> besluit = jdbc.queryForList("SELECT besluit, regel, door,"
                + " DATE_FORMAT(tijdstip, '%Y-%m-%dT%H:%i:%s') tijdstip, reden FROM review_besluit WHERE unit = ?",
                sleutel.toString());
        Map<String, Object> b = besluit.isEmpty() ? Map.of() : besluit.get(0);
        var a = ae.ae();
        return new GehoudenEenheid(sleutel.runId(), sleutel.toString(), sleutel.soort().name(), levering,
                a.opdrachtgever(), a.aansluitnummer(), a.datumAanvangTijdvak().toString(), personeelsnummer, nummerIkv,
                String.join(" ", regels), String.join(" | ", meldingen), (String) b.get("besluit"),
                (String) b.get("regel"), (String) b.get("door"), (String) b.get("tijdstip"), (String) b.get("reden"));
    }

    private List<String[]> signalen(String runId, List<Long> volgordes, boolean alleenInterneBeoordeling) {
        List<Object> args = new ArrayList<>();
        args.add(runId);
        args.addAll(volgordes);
        return jdbc.query("SELECT regel, aard, melding FROM run_signal WHERE run_id = ? AND volgorde IN ("
                        + "?,".repeat(volgordes.size() - 1) + "?)"
                        + (alleenInterneBeoordeling ? " AND aard = 'INTERNE_BEOORDELING'" : "")
                        + " ORDER BY volgorde, seq",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, args.toArray());
    }

    private String levering(String runId) {
        List<String> l = jdbc.queryForList("SELECT CONCAT(nummer_leverancier, '/', periode_levering, '/', volgnummer)"
                + " FROM levering_ontvangen WHERE run_id = ?", String.class, runId);
        return l.isEmpty() ? "" : l.get(0);
    }

    /**
     * Approves a held unit: it is applied to the stand exactly as the process job applies an accepted unit, unless a
     * later delivery already replaced that loontijdvak (then the decision is refused and nothing changes).
     */
    public void keurGoed(String unit, String door, String reden) {
        keurGoed(unit, door, reden, (nl.lpg.parameters.OrganisatieRegister) null);
    }

    /**
     * As {@link #keurGoed(String, String, String)}, with the insurer coupling watching the stand change: the
     * mutations of a coupled aansluiting's employee that the approved unit brings are derived then, in the decision's
     * transaction (the same {@link StandWriter} path as the process job's stand step). {@code organisatie} null: no
     * coupling.
     */
    public void keurGoed(String unit, String door, String reden, nl.lpg.parameters.OrganisatieRegister organisatie) {
        EenheidSleutel s = EenheidSleutel.parse(unit);
        besluit(s, Besluit.APPROVED, door, reden, () -> {
            StandWriter stand = organisatie == null ? new StandWriter(jdbc) : new StandWriter(jdbc,
                    new nl.lpg.insurer.KoppelingWaarnemer(jdbc, new nl.lpg.insurer.KoppelingRegister(organisatie),
                            s.runId(), "review " + s));
            Map<Integer, AeInhoud> aes = stand.aes(s.runId());
            var levering = stand.levering(s.runId());
            if (s.soort() == EenheidSleutel.Soort.IKV) {
                var u = jdbc.queryForMap("SELECT ae_index, payload FROM run_unit WHERE run_id = ? AND volgnummer = ?",
                        s.runId(), s.nummer());
                int index = ((Number) u.get("ae_index")).intValue();
                String payload = (String) u.get("payload");
                weigerAlsVervangen(s, aes.get(index), Json.read(payload, Inkomstenverhouding.class));
                stand.pasGestagedToe(s.runId(), levering, aes,
                        List.of(new StandWriter.Gestaged(s.nummer(), index, payload)));
            } else {
                AeInhoud ae = aes.get(s.nummer());
                for (Intrekking i : ae.intrekkingen()) {
                    weigerAlsVervangen(s, ae.ae().opdrachtgever(), ae.ae().aansluitnummer(), i.personeelsnummer(),
                            i.nummerInkomstenverhouding(), List.of(i.datumAanvangInkomstenperiode()));
                }
                stand.trekInAe(s.runId(), levering.sleutel(), ae);
            }
            return null;
        });
    }

    /** Rejects a held unit: BR28 (inkomstenverhouding) or BR30 (intrekking) is its outcome; the stand is unchanged. */
    public void keurAf(String unit, String door, String reden) {
        EenheidSleutel s = EenheidSleutel.parse(unit);
        besluit(s, Besluit.REJECTED, door, reden, () -> null);
    }

    private void besluit(EenheidSleutel s, Besluit besluit, String door, String reden, Supplier<Void> toepassen) {
        if (door == null || door.isBlank() || reden == null || reden.isBlank()) {
            throw new OnbekendeEenheid("a decision needs --by NAME and --reason TEXT");
        }
        int aeIndex = gehouden(s);
        tx.executeWithoutResult(status -> {
            // the row lock on the decision makes a second decision wait and then be refused
            List<Map<String, Object>> eerder = jdbc.queryForList("SELECT besluit, door,"
                    + " DATE_FORMAT(tijdstip, '%Y-%m-%d %H:%i') tijdstip FROM review_besluit WHERE unit = ? FOR UPDATE",
                    s.toString());
            if (!eerder.isEmpty()) {
                Map<String, Object> e = eerder.get(0);
                throw new BesluitGeweigerd("unit " + s + " was already decided: " + e.get("besluit") + " by "
                        + e.get("door") + " at " + e.get("tijdstip") + "; a decision is taken once");
            }
            toepassen.get();
            jdbc.update("INSERT INTO review_besluit (unit, run_id, soort, volgnummer, ae_index, besluit, regel, door,"
                            + " reden, tijdstip) VALUES (?,?,?,?,?,?,?,?,?,?)", s.toString(), s.runId(),
                    s.soort().name(), s.soort() == EenheidSleutel.Soort.IKV ? s.nummer() : null, aeIndex,
                    besluit.name(), besluit == Besluit.REJECTED ? s.soort().afkeurRegel() : null, door.strip(),
                    reden.strip(), Timestamp.valueOf(LocalDateTime.now()));
        });
        log.info("Review: unit {} {} by {}", s, besluit, door.strip());
    }

    /** The AE index of a held unit of a completed run; an unknown or not held unit is refused. */
    private int gehouden(EenheidSleutel s) {
        List<Map<String, Object>> rij = s.soort() == EenheidSleutel.Soort.IKV
                ? jdbc.queryForList("SELECT u.ae_index, u.status FROM run_unit u" + VOLTOOID
                + " WHERE u.run_id = ? AND u.volgnummer = ?", s.runId(), s.nummer())
                : jdbc.queryForList("SELECT u.ae_index, u.status, u.payload FROM run_ae u" + VOLTOOID
                + " WHERE u.run_id = ? AND u.ae_index = ?", s.runId(), s.nummer());
        if (rij.isEmpty()) {
            throw new OnbekendeEenheid("unit " + s + " is not a unit of a completed run (see 'lpg review list')");
        }
        Map<String, Object> r = rij.get(0);
        if (!"HELD".equals(r.get("status"))) {
            throw new BesluitGeweigerd("unit " + s + " is not held (" + r.get("status") + "): only a unit held for"
                    + " Interne beoordeling is decided in review");
        }
        if (s.soort() == EenheidSleutel.Soort.INTREKKINGEN
                && Json.read((String) r.get("payload"), AeInhoud.class).intrekkingen().isEmpty()) {
            throw new OnbekendeEenheid("unit " + s + ": that administratieve eenheid has no intrekkingen; its"
                    + " inkomstenverhoudingen are units of their own");
        }
        return ((Number) r.get("ae_index")).intValue();
    }

    /** An IKV unit covers its loontijdvak and the IKPs it delivers (StandWriter replaces both). */
    private void weigerAlsVervangen(EenheidSleutel s, AeInhoud ae, Inkomstenverhouding ikv) {
        List<LocalDate> datums = new ArrayList<>();
        datums.add(ae.ae().datumAanvangTijdvak());
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.datumAanvang() != null) {
                datums.add(ikp.datumAanvang());
            }
        }
        weigerAlsVervangen(s, ae.ae().opdrachtgever(), ae.ae().aansluitnummer(), ikv.personeelsnummer(), ikv.nummer(),
                datums);
    }

    /**
     * Refuses the approval when a run that started after the unit's own stored or withdrew an IKP of that
     * inkomstenverhouding starting on one of {@code datums} (the aanvang of the loontijdvak or of an IKP).
     */
    private void weigerAlsVervangen(EenheidSleutel s, String og, String an, String pnr, String nummer,
                                    List<LocalDate> datums) {
        String in = "?,".repeat(datums.size() - 1) + "?";
        List<Object> args = new ArrayList<>(List.of(og, an, pnr, nummer));
        args.addAll(datums);
        args.addAll(datums);
        args.add(s.runId());
        args.addAll(List.of(og, an, pnr, nummer));
        args.addAll(datums);
        args.add(s.runId());
        List<Map<String, Object>> later = jdbc.queryForList("SELECT x.run_id, x.levering_sleutel,"
                + " CAST(x.datum AS CHAR) datum FROM ("
                + "SELECT k.run_id, k.levering_sleutel, k.tijdvak_aanvang datum FROM stand_ikp k"
                + " WHERE k.opdrachtgever = ? AND k.aansluitnummer = ? AND k.personeelsnummer = ? AND k.nummer_ikv = ?"
                + " AND (k.tijdvak_aanvang IN (" + in + ") OR k.datum_aanvang IN (" + in + "))"
                + " AND k.run_id IN (SELECT l.run_id FROM lpg_run l, lpg_run h WHERE h.run_id = ? AND l.started > h.started)"
                + " UNION ALL SELECT i.run_id, i.levering_sleutel, i.datum_aanvang_ikp FROM stand_intrekking i"
                + " WHERE i.opdrachtgever = ? AND i.aansluitnummer = ? AND i.personeelsnummer = ? AND i.nummer_ikv = ?"
                + " AND i.datum_aanvang_ikp IN (" + in + ")"
                + " AND i.run_id IN (SELECT l.run_id FROM lpg_run l, lpg_run h WHERE h.run_id = ? AND l.started > h.started)"
                + ") x ORDER BY x.run_id LIMIT 1", args.toArray());
        if (!later.isEmpty()) {
            Map<String, Object> l = later.get(0);
            throw new BesluitGeweigerd("unit " + s + " cannot be approved: the loontijdvak of " + l.get("datum")
                    + " of inkomstenverhouding " + pnr + "/" + nummer + " was already replaced by a later delivery ("
                    + l.get("levering_sleutel") + ", run " + l.get("run_id") + "); reject it instead");
        }
    }
}
