package nl.lpg.batch;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Partial sums of a run's staged PVPs ({@code run_pvp_som}, V16): the IKV step writes one row per chunk and group
 * beside the PVPs it stages; every later sum over the run's PVPs (the AE closing's checks against the collectieve
 * aangifte, totals.csv, the report's controletotalen and charts) adds these up instead of reading every PVP again.
 * At 1,000,000 IKVs that was six passes over 4,000,000 rows (issue 10). The sums are exact: sums of sums of the same
 * DECIMAL values, grouped again by the database when read.
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
     * Stages the partial sums of the PVPs just staged for one chunk (first volgnummer {@code van}, in its transaction),
     * summed here from the chunk's rows in memory instead of read back from run_pvp_calculation (issue 10: the
     * read-back was 15 s of database time at 1,000,000 IKVs). {@code gestaged} are the rows as {@link StagingWriter}
     * loads them, in staging order.
     *
     * <p>Each amount counts as its DECIMAL(18,2) column stores it (rounded half-up to cents), so the sums are those
     * of the staged rows. Groups are made by exact value, where the database's collation would also join two
     * spellings of one product (case, trailing spaces): every reader sums these rows again with GROUP BY, so the
     * totals are the same, and a group's first row is still its first PVP in staging order.</p>
     */
    public static void stage(JdbcTemplate jdbc, String runId, int van, java.util.List<Object[]> gestaged) {
        jdbc.update("DELETE FROM run_pvp_som WHERE run_id = ? AND chunk_van = ?", runId, van);
        java.util.Map<java.util.List<Object>, Object[]> groepen = new java.util.LinkedHashMap<>();
        for (Object[] r : gestaged) {
            // ae_index, status, opdrachtgever, aansluitnummer, datum_aanvang_tijdvak, productkeuze, productvariant
            java.util.List<Object> sleutel = java.util.Arrays.asList(r[36], r[3], r[4], r[5], r[6], r[10], r[11]);
            Object[] som = groepen.computeIfAbsent(sleutel, k -> {
                Object[] n = new Object[17];
                n[0] = runId;
                n[1] = van;
                for (int i = 0; i < 7; i++) {
                    n[2 + i] = k.get(i);
                }
                n[9] = 0L;
                return n;
            });
            som[9] = (Long) som[9] + 1;
            for (int i = 0; i < BEDRAGEN.length; i++) {
                som[10 + i] = plus((java.math.BigDecimal) som[10 + i], (java.math.BigDecimal) r[BEDRAGEN[i]]);
            }
        }
        jdbc.batchUpdate("INSERT INTO run_pvp_som (run_id, chunk_van, ae_index, status, opdrachtgever, aansluitnummer,"
                + " datum_aanvang_tijdvak, productkeuze, productvariant, aantal, productloon, grondslag_aangeleverd,"
                + " grondslag_berekend, premie_aangeleverd, premie_berekend, premie_vastgesteld, productloon_incidenteel)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", new java.util.ArrayList<>(groepen.values()));
    }

    /**
     * The amounts summed, as indexes of a staged row: productloon, grondslag aangeleverd and berekend, premie
     * aangeleverd, berekend and vastgesteld, productloon incidenteel (the order of run_pvp_som's columns).
     */
    private static final int[] BEDRAGEN = {14, 23, 22, 25, 24, 26, 35};

    /** The largest DECIMAL(18,2): a larger amount is stored as this (as MariaDB stores an amount out of range). */
    private static final java.math.BigDecimal GROOTSTE = new java.math.BigDecimal("9999999999999999.99");

    /** SUM as the database adds: null values pass by, the sum of none is null; each value as its column stores it. */
    private static java.math.BigDecimal plus(java.math.BigDecimal som, java.math.BigDecimal waarde) {
        if (waarde == null) {
            return som;
        }
        java.math.BigDecimal opgeslagen = waarde.setScale(2, java.math.RoundingMode.HALF_UP);
        if (opgeslagen.abs().compareTo(GROOTSTE) > 0) {
            opgeslagen = opgeslagen.signum() < 0 ? GROOTSTE.negate() : GROOTSTE;
        }
        return som == null ? opgeslagen : som.add(opgeslagen);
    }
}
