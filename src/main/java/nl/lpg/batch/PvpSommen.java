package nl.lpg.batch;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Partial sums of a run's staged PVPs ({@code run_pvp_som}, V16): the IKV step writes one row per chunk and group
 * beside the PVPs it stages; every later sum over the run's PVPs (the AE closing's checks against the collectieve
 * aangifte, totals.csv, the report's controletotalen and charts) adds these up instead of reading every PVP again.
 * At 1,000,000 IKVs that was six passes over 4,000,000 rows (issue 10). The sums are exact: sums of sums of the same
 * DECIMAL values, with the same grouping by the database.
 */
public final class PvpSommen {

    private PvpSommen() {
    }

    /**
     * The PVPs counted as accepted: the unit's own status after the IKV step, and its AE's outcome after the AE
     * closing (an AE refused or held takes its IKVs with it; a refused delivery refuses every AE). Alias {@code s}.
     */
    public static final String GEACCEPTEERD = "run_pvp_som s JOIN run_ae a ON a.run_id = s.run_id"
            + " AND a.ae_index = s.ae_index WHERE s.run_id = ? AND s.status = 'ACCEPTED' AND a.status = 'ACCEPTED'";

    /**
     * Stages the partial sums of the PVPs just staged for the units {@code van..tot} (one chunk of the IKV step, in
     * its transaction), grouped as every reader groups, in the order the PVPs were staged.
     */
    public static void stage(JdbcTemplate jdbc, String runId, int van, int tot) {
        jdbc.update("DELETE FROM run_pvp_som WHERE run_id = ? AND chunk_van = ?", runId, van);
        jdbc.update("INSERT INTO run_pvp_som (run_id, chunk_van, ae_index, status, opdrachtgever, aansluitnummer,"
                + " datum_aanvang_tijdvak, productkeuze, productvariant, aantal, productloon, grondslag_aangeleverd,"
                + " grondslag_berekend, premie_aangeleverd, premie_berekend, premie_vastgesteld, productloon_incidenteel)"
                + " SELECT run_id, ?, ae_index, status, opdrachtgever, aansluitnummer, datum_aanvang_tijdvak,"
                + " productkeuze, productvariant, COUNT(*), SUM(productloon), SUM(grondslag_aangeleverd),"
                + " SUM(grondslag_berekend), SUM(premie_aangeleverd), SUM(premie_berekend), SUM(premie_vastgesteld),"
                + " SUM(productloon_incidenteel) FROM run_pvp_calculation WHERE run_id = ? AND volgnummer BETWEEN ? AND ?"
                + " GROUP BY ae_index, status, opdrachtgever, aansluitnummer, datum_aanvang_tijdvak, productkeuze,"
                + " productvariant ORDER BY MIN(volgnummer * 10000 + seq)", van, runId, van, tot);
    }
}
