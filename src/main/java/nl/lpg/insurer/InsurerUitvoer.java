package nl.lpg.insurer;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a process run reports of the insurer coupling (CONTRACT.md section 4): {@code insurer-mutations.csv} holds the
 * mutations this run derived, those it released from BLOCKED, and every mutation still BLOCKED (they need the analyst);
 * {@code portal-worklist.csv} the portal work this run derived. Both in a stable order. The SQL takes the run id once.
 */
public final class InsurerUitvoer {

    private InsurerUitvoer() {
    }

    public static final String[] MUTATIES = {"aansluitnummer", "personeelsnummer", "nummerInkomstenverhouding",
            "soortMutatie", "ingangsdatum", "oudSalaris", "nieuwSalaris", "oudeDeeltijdfactor", "nieuweDeeltijdfactor",
            "status", "redenen", "batch", "afgeleidInRun"};
    /** Column kinds for CsvUitvoer.soorten: salaries as amounts, the rest as stored (deeltijdfactor 4 decimals). */
    public static final String MUTATIES_SOORTEN = "TTTTTBBTTTTTT";
    public static final String MUTATIES_SQL = "SELECT aansluitnummer, personeelsnummer, nummer_ikv, soort,"
            + " ingangsdatum, oud_salaris, nieuw_salaris, oude_deeltijdfactor, nieuwe_deeltijdfactor, status, redenen,"
            + " batch, run_id FROM insurer_mutatie WHERE ? IN (run_id, status_run_id) OR status = 'BLOCKED'"
            + " ORDER BY aansluitnummer, personeelsnummer, nummer_ikv, ingangsdatum, id";

    public static final String[] PORTAAL = {"aansluitnummer", "personeelsnummer", "nummerInkomstenverhouding", "soort",
            "ingangsdatum", "oud", "nieuw", "toelichting"};
    public static final String PORTAAL_SQL = "SELECT aansluitnummer, personeelsnummer, nummer_ikv, soort, ingangsdatum,"
            + " oud, nieuw, toelichting FROM insurer_portaal WHERE run_id = ?"
            + " ORDER BY aansluitnummer, personeelsnummer, nummer_ikv, id";

    /** Counts for run.json: derived by this run per status, released by it, still blocked, portal items. */
    public static Map<String, Object> telling(JdbcTemplate jdbc, String runId) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> perStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            perStatus.put(s.name(), jdbc.queryForObject("SELECT COUNT(*) FROM insurer_mutatie WHERE run_id = ?"
                    + " AND status = ?", Long.class, runId, s.name()));
        }
        m.put("derived", perStatus);
        m.put("released", jdbc.queryForObject("SELECT COUNT(*) FROM insurer_mutatie WHERE status_run_id = ?"
                + " AND run_id <> ?", Long.class, runId, runId));
        m.put("blocked", jdbc.queryForObject("SELECT COUNT(*) FROM insurer_mutatie WHERE status = 'BLOCKED'",
                Long.class));
        m.put("portalItems", jdbc.queryForObject("SELECT COUNT(*) FROM insurer_portaal WHERE run_id = ?",
                Long.class, runId));
        return m;
    }
}
