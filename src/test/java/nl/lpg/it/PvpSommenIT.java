package nl.lpg.it;

import nl.lpg.database.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's shortcuts over a run's PVPs give what the long way gives.
 * <p>
 * Every sum over a run's PVPs (the AE closing's checks against the collectieve aangifte, totals.csv, the report) is
 * added up from partial sums per chunk (run_pvp_som) instead of the staged PVPs themselves. An auditor's check:
 * they equal the sums over the PVP rows of pvp-calculations.csv, per AE and product for every status and per
 * aansluiting, tijdvak and product for the accepted ones, with many chunks and with held and refused units and AEs.
 * <p>
 * pvp-calculations.csv, joined from the IKV step's parts and, for the AEs the closing changed, read from the database,
 * has the same bytes as one pass over the database.
 */
class PvpSommenIT {

    @TempDir
    static Path tmp;

    private static Path data;
    private static Path runDir;

    @org.junit.jupiter.api.BeforeAll
    static void verwerk() throws Exception {
        Path levering = tmp.resolve("levering.xml");
        // the February example (every aard) and 2,500 bench employees: more than 2,000 units, so the PVP file is
        // written in two halves
        GroteLevering.schrijf(levering, 2_500);
        data = tmp.resolve("data");
        for (Path[] run : new Path[][]{{EngineFixture.EXAMPLES.resolve("2026-01-levering-L001.xml"), tmp.resolve("jan")},
                {levering, tmp.resolve("feb")}}) {
            try (EngineProces p = EngineProces.start(List.of("-Dlpg.chunk-size=70"), "process", run[0].toString(),
                    "--data", data.toString(), "--out", run[1].toString(), "--peildatum",
                    EngineFixture.PEILDATUM.toString(), "--parameters",
                    EngineFixture.PARAMETERS.toAbsolutePath().toString())) {
                assertThat(p.wacht(600)).as(p.staart()).isZero();
            }
        }
        try (var dirs = java.nio.file.Files.list(tmp.resolve("feb"))) {
            runDir = dirs.filter(java.nio.file.Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void thePvpFileWrittenInHalvesHasTheBytesOfOnePass() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data)) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(db.jdbcUrl(), true));
            String runId = runDir.getFileName().toString();
            int laatste = jdbc.queryForObject("SELECT MAX(volgnummer) FROM run_pvp_calculation WHERE run_id = ?",
                    Integer.class, runId);
            assertThat(laatste).as("units: enough for two halves").isGreaterThan(2_000);
            Path eenPass = tmp.resolve("een-pass.csv");
            nl.lpg.report.CsvUitvoer.schrijf(jdbc, eenPass, nl.lpg.report.CsvUitvoer.PVP,
                    nl.lpg.report.CsvUitvoer.soorten(nl.lpg.report.CsvUitvoer.PVP_SOORTEN),
                    nl.lpg.report.RunUitvoer.PVP_SQL, runId, 0, laatste);
            assertThat(java.nio.file.Files.mismatch(runDir.resolve("pvp-calculations.csv"), eenPass)).isEqualTo(-1L);
            try (var files = java.nio.file.Files.list(runDir)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.contains("deel"));
            }
        }
    }

    @Test
    void thePartialSumsAddUpToTheSumsOverTheStagedPvps() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data)) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(db.jdbcUrl(), true));
            String runId = runDir.getFileName().toString();
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT chunk_van) FROM run_pvp_som WHERE run_id = ?",
                    Integer.class, runId)).as("chunks").isGreaterThan(20);
            assertThat(jdbc.queryForList("SELECT DISTINCT status FROM run_pvp_calculation WHERE run_id = ?",
                    String.class, runId)).as("statuses of the PVPs").contains("ACCEPTED", "HELD", "REFUSED");

            List<Map<String, Object>> perAeUitPvps = jdbc.queryForList("SELECT ae_index, productkeuze, productvariant,"
                    + " COUNT(*) n, SUM(productloon), SUM(grondslag_aangeleverd), SUM(premie_aangeleverd),"
                    + " SUM(productloon_incidenteel) FROM run_pvp_calculation WHERE run_id = ?"
                    + " GROUP BY ae_index, productkeuze, productvariant ORDER BY 1, 2, 3", runId);
            List<Map<String, Object>> perAeUitSommen = jdbc.queryForList("SELECT ae_index, productkeuze,"
                    + " productvariant, CAST(SUM(aantal) AS SIGNED) n, SUM(productloon), SUM(grondslag_aangeleverd),"
                    + " SUM(premie_aangeleverd), SUM(productloon_incidenteel) FROM run_pvp_som WHERE run_id = ?"
                    + " GROUP BY ae_index, productkeuze, productvariant ORDER BY 1, 2, 3", runId);
            assertThat(perAeUitPvps).hasSizeGreaterThan(1);
            assertThat(tekst(perAeUitSommen)).isEqualTo(tekst(perAeUitPvps));

            // totals.csv: the accepted PVPs, as the AE closing left their status
            List<Map<String, Object>> geaccepteerdUitPvps = jdbc.queryForList("SELECT opdrachtgever, aansluitnummer,"
                    + " datum_aanvang_tijdvak, productkeuze, COALESCE(productvariant, '') pv, COUNT(*) n,"
                    + " SUM(productloon), SUM(grondslag_aangeleverd), SUM(grondslag_berekend), SUM(premie_aangeleverd),"
                    + " SUM(premie_berekend), SUM(premie_vastgesteld) FROM run_pvp_calculation WHERE run_id = ?"
                    + " AND status = 'ACCEPTED' GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5", runId);
            List<Map<String, Object>> geaccepteerdUitSommen = jdbc.queryForList("SELECT s.opdrachtgever,"
                    + " s.aansluitnummer, s.datum_aanvang_tijdvak, s.productkeuze, COALESCE(s.productvariant, '') pv,"
                    + " CAST(SUM(s.aantal) AS SIGNED) n, SUM(s.productloon), SUM(s.grondslag_aangeleverd),"
                    + " SUM(s.grondslag_berekend), SUM(s.premie_aangeleverd), SUM(s.premie_berekend),"
                    + " SUM(s.premie_vastgesteld) FROM " + nl.lpg.batch.PvpSommen.GEACCEPTEERD
                    + " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5", runId);
            assertThat(geaccepteerdUitPvps).isNotEmpty();
            assertThat(tekst(geaccepteerdUitSommen)).isEqualTo(tekst(geaccepteerdUitPvps));
        }
    }

    @Test
    void eachAesRangeOfIkvsFollowsFromTheCountsOfStepOne() throws Exception {
        // the AE closing takes each AE's volgnummers from the IKV counts of the headers, not from a pass over run_unit
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data)) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(db.jdbcUrl(), true));
            String runId = runDir.getFileName().toString();
            var aes = nl.lpg.batch.GestagedeKoppen.van(jdbc, runId).aes();
            var ikvs = new nl.lpg.batch.GestagedeIkvs(jdbc, runId, aes);
            Map<Integer, String> gestaged = new java.util.HashMap<>();
            jdbc.query("SELECT ae_index, MIN(volgnummer), MAX(volgnummer) FROM run_unit WHERE run_id = ?"
                    + " GROUP BY ae_index", rs -> {
                        gestaged.put(rs.getInt(1), rs.getInt(2) + ".." + rs.getInt(3));
                    }, runId);
            assertThat(aes).hasSizeGreaterThan(1);
            for (var ae : aes) {
                int[] b = ikvs.bereik(ae.ae().index());
                assertThat(b == null ? null : b[0] + ".." + b[1]).as("AE " + ae.ae().index())
                        .isEqualTo(gestaged.get(ae.ae().index()));
            }
        }
    }

    /** Rows as text, so that a BIGINT count and a DECIMAL sum compare by value and scale. */
    private static List<String> tekst(List<Map<String, Object>> rijen) {
        return rijen.stream().map(r -> r.values().stream().map(String::valueOf).toList().toString()).toList();
    }
}
