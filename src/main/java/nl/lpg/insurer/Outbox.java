package nl.lpg.insurer;

import nl.lpg.batch.Json;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.parameters.ParameterRow;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The transactional outbox of the insurer coupling (table insurer_mutatie) and the portal worklist (insurer_portaal).
 * Everything here runs in the caller's transaction: the stand change that derived a mutation and the mutation commit
 * together or not at all. A mutation is OUTBOX when every prerequisite holds (its message is fixed then), otherwise
 * BLOCKED with every reason; so is a mutation of an employee with an earlier BLOCKED one, so the insurer gets an
 * employee's mutations in order.
 */
final class Outbox {

    private final JdbcTemplate jdbc;
    private final KoppelingRegister register;
    private final StandLezer lezer;

    Outbox(JdbcTemplate jdbc, KoppelingRegister register) {
        this.jdbc = jdbc;
        this.register = register;
        this.lezer = new StandLezer(jdbc, register);
    }

    StandLezer lezer() {
        return lezer;
    }

    void voegToe(String runId, String bron, String opdrachtgever, List<Mutatie> mutaties, NatuurlijkPersoon persoon) {
        for (Mutatie m : mutaties) {
            String sleutel = UUID.randomUUID().toString();
            List<String> redenen = redenen(m, persoon, geblokkeerdeVoorganger(m, Long.MAX_VALUE));
            String bericht = redenen.isEmpty() ? bericht(sleutel, m, persoon) : null;
            jdbc.update("INSERT INTO insurer_mutatie (sleutel, run_id, bron, opdrachtgever, aansluitnummer,"
                            + " personeelsnummer, nummer_ikv, soort, ingangsdatum, oud_salaris, nieuw_salaris,"
                            + " oude_deeltijdfactor, nieuwe_deeltijdfactor, batch, status, redenen, status_run_id,"
                            + " bericht, aangemaakt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    sleutel, runId, bron, opdrachtgever, m.aansluitnummer(), m.personeelsnummer(), m.nummerIkv(),
                    m.soort().name(), m.ingangsdatum(), m.oudSalaris(), m.nieuwSalaris(), m.oudeDeeltijdfactor(),
                    m.nieuweDeeltijdfactor(), m.batch(), (redenen.isEmpty() ? Status.OUTBOX : Status.BLOCKED).name(),
                    redenen.isEmpty() ? null : String.join("; ", redenen), runId, bericht,
                    Timestamp.valueOf(LocalDateTime.now()));
        }
    }

    void voegPortaalToe(String runId, String bron, String opdrachtgever, List<PortaalItem> items) {
        for (PortaalItem p : items) {
            jdbc.update("INSERT INTO insurer_portaal (run_id, bron, opdrachtgever, aansluitnummer, personeelsnummer,"
                            + " nummer_ikv, soort, ingangsdatum, oud, nieuw, toelichting) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    runId, bron, opdrachtgever, p.aansluitnummer(), p.personeelsnummer(), p.nummerIkv(),
                    p.soort().name(), p.ingangsdatum(), kort(p.oud()), kort(p.nieuw()), p.toelichting());
        }
    }

    /**
     * Every BLOCKED mutation again, oldest first, against the register and stand of now: released to OUTBOX when its
     * data is complete, otherwise kept with its reasons of now. Returns how many were released.
     */
    int herbeoordeel(String runId) {
        List<Map<String, Object>> rijen = jdbc.queryForList("SELECT id, sleutel, opdrachtgever, aansluitnummer,"
                + " personeelsnummer, nummer_ikv, soort, ingangsdatum, oud_salaris, nieuw_salaris, oude_deeltijdfactor,"
                + " nieuwe_deeltijdfactor, batch, redenen FROM insurer_mutatie WHERE status = 'BLOCKED' ORDER BY id"
                + " FOR UPDATE");
        int vrij = 0;
        Set<String> nogGeblokkeerd = new HashSet<>();
        for (Map<String, Object> r : rijen) {
            Mutatie m = new Mutatie((String) r.get("aansluitnummer"), (String) r.get("personeelsnummer"),
                    (String) r.get("nummer_ikv"), SoortMutatie.valueOf((String) r.get("soort")),
                    ((java.sql.Date) r.get("ingangsdatum")).toLocalDate(), (java.math.BigDecimal) r.get("oud_salaris"),
                    (java.math.BigDecimal) r.get("nieuw_salaris"), (java.math.BigDecimal) r.get("oude_deeltijdfactor"),
                    (java.math.BigDecimal) r.get("nieuwe_deeltijdfactor"), (String) r.get("batch"));
            String werknemer = werknemer(m);
            NatuurlijkPersoon p = lezer.persoon((String) r.get("opdrachtgever"), m.aansluitnummer(),
                    m.personeelsnummer(), m.nummerIkv());
            long id = ((Number) r.get("id")).longValue();
            String voorganger = nogGeblokkeerd.contains(werknemer) ? geblokkeerdeVoorganger(m, id) : null;
            List<String> redenen = redenen(m, p, voorganger);
            if (redenen.isEmpty()) {
                jdbc.update("UPDATE insurer_mutatie SET status = 'OUTBOX', redenen = NULL, status_run_id = ?,"
                        + " bericht = ? WHERE id = ?", runId, bericht((String) r.get("sleutel"), m, p), id);
                vrij++;
            } else {
                nogGeblokkeerd.add(werknemer);
                String nu = String.join("; ", redenen);
                if (!nu.equals(r.get("redenen"))) {
                    jdbc.update("UPDATE insurer_mutatie SET redenen = ? WHERE id = ?", nu, id);
                }
            }
        }
        return vrij;
    }

    private static String werknemer(Mutatie m) {
        return m.aansluitnummer() + "|" + m.personeelsnummer() + "|" + m.nummerIkv();
    }

    /** The earliest BLOCKED mutation of the same employee before {@code voor} (an id), as text, or null. */
    private String geblokkeerdeVoorganger(Mutatie m, long voor) {
        List<String> l = jdbc.queryForList("SELECT CONCAT(soort, ' ', ingangsdatum) FROM insurer_mutatie"
                        + " WHERE status = 'BLOCKED' AND aansluitnummer = ? AND personeelsnummer = ? AND nummer_ikv = ?"
                        + " AND id < ? ORDER BY id LIMIT 1", String.class, m.aansluitnummer(), m.personeelsnummer(),
                m.nummerIkv(), voor);
        return l.isEmpty() ? null : l.get(0);
    }

    private List<String> redenen(Mutatie m, NatuurlijkPersoon p, String geblokkeerdeVoorganger) {
        List<String> r = new java.util.ArrayList<>(Voorwaarden.redenen(m.soort(), gegevens(m, p)));
        if (geblokkeerdeVoorganger != null) {
            r.add("wacht op de eerdere geblokkeerde mutatie " + geblokkeerdeVoorganger + " van deze werknemer");
        }
        return r;
    }

    private Voorwaarden.Gegevens gegevens(Mutatie m, NatuurlijkPersoon p) {
        ParameterRow k = register.koppeling(m.aansluitnummer(), m.ingangsdatum()).orElse(null);
        ParameterRow op = register.regeling(m.aansluitnummer(), "OP", m.ingangsdatum()).orElse(null);
        ParameterRow d = register.deelnemer(m.aansluitnummer(), m.personeelsnummer()).orElse(null);
        return new Voorwaarden.Gegevens(k == null ? null : k.text("kvkNummer"), k != null && k.jn("aanBijWn"),
                op == null ? null : op.text("contractnummer"), op == null ? null : op.text("regelingnummer"),
                d == null ? null : d.text("polisnummer"), d == null ? null : d.text("email"),
                d == null ? null : d.text("nationaliteit"), p);
    }

    private String bericht(String sleutel, Mutatie m, NatuurlijkPersoon p) {
        ParameterRow k = register.koppeling(m.aansluitnummer(), m.ingangsdatum()).orElseThrow();
        ParameterRow op = register.regeling(m.aansluitnummer(), "OP", m.ingangsdatum()).orElseThrow();
        ParameterRow np = register.regeling(m.aansluitnummer(), "NP", m.ingangsdatum()).orElse(null);
        ParameterRow d = register.deelnemer(m.aansluitnummer(), m.personeelsnummer()).orElse(null);
        return Json.write(InsurerBericht.mutatie(sleutel, m, k, op, np, d, p));
    }

    private static String kort(String s) {
        return s == null || s.length() <= 400 ? s : s.substring(0, 400);
    }
}
