package nl.lpg.report;

import nl.lpg.batch.Json;
import nl.lpg.insurer.InsurerUitvoer;
import nl.lpg.support.EigenDraad;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the output files of a process run to {@code OUT/<runId>/} (CONTRACT.md section 4). */
@Component
public class RunUitvoer {

    private final JdbcTemplate jdbc;

    public RunUitvoer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static final String SIGNALS_SQL = "SELECT regel, aard, opdrachtgever, nummer_leverancier, periode_levering,"
            + " volgnummer, aansluitnummer, personeelsnummer, nummer_ikv, datum_aanvang_ikp, productkeuze,"
            + " productvariant, jaar, melding FROM run_signal WHERE run_id = ? ORDER BY volgorde, seq";
    public static final String PVP_SQL = "SELECT opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv,"
            + " datum_aanvang_ikp, productkeuze, productvariant, datum_aanvang_pvp, soort_grondslag, productloon,"
            + " maximum_productloon, franchise, deeltijdfactor, meetellingswaarde, periodefactor, periodiciteitsfactor,"
            + " premiepercentage, grondslag_berekend, grondslag_aangeleverd, premie_berekend, premie_aangeleverd,"
            + " premie_vastgesteld, datum_aanvang_tijdvak, LOWER(status), regelnummer_levering, berekeningsbasis,"
            + " sv_loon, pensioenloon, vaste_premie, correctiefactor_premie,"
            + " CASE WHEN parameter_blad IS NULL THEN NULL ELSE 'parameters.xlsx' END, parameter_blad, parameter_rij,"
            + " productloon_incidenteel FROM run_pvp_calculation WHERE run_id = ? AND volgnummer BETWEEN ? AND ?"
            + " ORDER BY volgnummer, seq";
    /** Accepted PVPs per aansluiting, tijdvak and product, from the partial sums ({@link nl.lpg.batch.PvpSommen}). */
    static final String TOTALS_SQL = "SELECT s.opdrachtgever, s.aansluitnummer, s.datum_aanvang_tijdvak,"
            + " s.productkeuze, COALESCE(s.productvariant, '') pv, CAST(SUM(s.aantal) AS SIGNED), SUM(s.productloon),"
            + " SUM(s.grondslag_aangeleverd), SUM(s.grondslag_berekend), SUM(s.premie_aangeleverd),"
            + " SUM(s.premie_berekend), SUM(s.premie_vastgesteld) FROM " + nl.lpg.batch.PvpSommen.GEACCEPTEERD
            + " GROUP BY s.opdrachtgever, s.aansluitnummer, s.datum_aanvang_tijdvak, s.productkeuze, pv"
            + " ORDER BY s.opdrachtgever, s.aansluitnummer, s.datum_aanvang_tijdvak, s.productkeuze, pv";

    /** Writes every file; {@code samenvatting} becomes run.json with the counts added. Returns the run directory. */
    public Path schrijf(Path out, String runId, Map<String, Object> samenvatting) {
        Path delen = PvpCsvDelen.map(out, runId);
        Path dir = RunMap.schrijf(out, runId, d -> schrijfIn(d, runId, samenvatting, delen));
        PvpCsvDelen.ruimOp(delen);
        return dir;
    }

    private void schrijfIn(Path dir, String runId, Map<String, Object> samenvatting, Path delen) throws IOException {
        // pvp-calculations.csv, a row per PVP, is the largest file; it reads only what the IKV step committed, so it
        // is written on the other core beside the rest (which reads this step's own uncommitted work: the insurer
        // mutations released in it). Same bytes as one after the other.
        var pvp = EigenDraad.start("uitvoer-pvp", () -> {
            schrijfPvps(dir.resolve("pvp-calculations.csv"), runId, delen);
            return null;
        });
        try {
            schrijfRest(dir, runId, samenvatting);
        } finally {
            EigenDraad.wacht(pvp);
        }
    }

    /**
     * pvp-calculations.csv from the parts the IKV step printed ({@link PvpCsvDelen}); without them in two halves of the
     * units, written side by side (the file is a million rows and more at a fund's size, issue 10) and joined: the
     * same bytes as one pass in volgnummer order.
     */
    private void schrijfPvps(Path file, String runId, Path delen) {
        // as the IKV step printed them (issue 10), else from the database in two halves
        if (PvpCsvDelen.schrijfBestand(jdbc, file, runId, delen)) {
            return;
        }
        Integer laatste = jdbc.queryForObject("SELECT MAX(volgnummer) FROM run_pvp_calculation WHERE run_id = ?",
                Integer.class, runId);
        int tot = laatste == null ? 0 : laatste;
        int midden = tot / 2;
        var soorten = CsvUitvoer.soorten(CsvUitvoer.PVP_SOORTEN);
        if (midden < 1_000) {
            CsvUitvoer.schrijf(jdbc, file, CsvUitvoer.PVP, soorten, PVP_SQL, runId, 0, tot);
            return;
        }
        Path tweede = file.resolveSibling(file.getFileName() + ".deel2");
        var achter = EigenDraad.start("uitvoer-pvp-2", () -> CsvUitvoer.schrijf(jdbc, tweede, false, CsvUitvoer.PVP,
                soorten, PVP_SQL, runId, midden + 1, tot));
        CsvUitvoer.schrijf(jdbc, file, CsvUitvoer.PVP, soorten, PVP_SQL, runId, 0, midden);
        EigenDraad.wacht(achter);
        try (var uit = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.APPEND)) {
            EigenDraad.voegToe(tweede, uit);
            Files.delete(tweede);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void schrijfRest(Path dir, String runId, Map<String, Object> samenvatting) throws IOException {
        CsvUitvoer.schrijf(jdbc, dir.resolve("signals.csv"), CsvUitvoer.SIGNALS, CsvUitvoer.soorten("TTTTTTTTTTTTTT"),
                SIGNALS_SQL, runId);
        CsvUitvoer.schrijf(jdbc, dir.resolve("totals.csv"), CsvUitvoer.TOTALS, CsvUitvoer.soorten("TTTTTTBBBBBB"),
                TOTALS_SQL, runId);
        // the insurer coupling (issue 12): mutations and the portal worklist
        CsvUitvoer.schrijf(jdbc, dir.resolve("insurer-mutations.csv"), InsurerUitvoer.MUTATIES,
                CsvUitvoer.soorten(InsurerUitvoer.MUTATIES_SOORTEN), InsurerUitvoer.MUTATIES_SQL, runId);
        CsvUitvoer.schrijf(jdbc, dir.resolve("portal-worklist.csv"), InsurerUitvoer.PORTAAL,
                CsvUitvoer.soorten("TTTTTTTT"), InsurerUitvoer.PORTAAL_SQL, runId);

        Map<String, Object> json = new LinkedHashMap<>(samenvatting);
        Map<String, Object> perAard = new LinkedHashMap<>();
        for (String aard : List.of("ONVERWERKBAAR", "ONWAARSCHIJNLIJK", "VERWERKBAAR", "INTERNE_BEOORDELING")) {
            perAard.put(aard, jdbc.queryForObject("SELECT COUNT(*) FROM run_signal WHERE run_id = ? AND aard = ?",
                    Long.class, runId, aard));
        }
        json.put("signalsPerAard", perAard);
        Map<String, Object> units = new LinkedHashMap<>();
        for (String[] s : new String[][]{{"accepted", "ACCEPTED"}, {"held", "HELD"}, {"refused", "REFUSED"}}) {
            units.put(s[0], jdbc.queryForObject("SELECT COUNT(*) FROM run_unit WHERE run_id = ? AND status = ?",
                    Long.class, runId, s[1]));
        }
        json.put("units", units);
        json.put("heldUnits", jdbc.queryForList("SELECT u.volgnummer, a.aansluitnummer, u.personeelsnummer,"
                + " u.nummer_ikv nummerInkomstenverhouding FROM run_unit u JOIN run_ae a ON a.run_id = u.run_id"
                + " AND a.ae_index = u.ae_index WHERE u.run_id = ? AND u.status = 'HELD' ORDER BY u.volgnummer", runId));
        json.put("aes", jdbc.queryForList("SELECT ae_index aeIndex, aansluitnummer, opdrachtgever,"
                + " CAST(datum_aanvang_tijdvak AS CHAR) datumAanvangTijdvak, status FROM run_ae WHERE run_id = ?"
                + " ORDER BY ae_index", runId));
        json.put("insurer", InsurerUitvoer.telling(jdbc, runId));
        Files.writeString(dir.resolve("run.json"), Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(json));
        // the delivery's headers and collectieve aangiften as step 1 stored them (the file is not read again)
        RapportXlsx.schrijf(jdbc, dir.resolve("report.xlsx"), runId, json,
                nl.lpg.batch.GestagedeKoppen.van(jdbc, runId));
    }

}
