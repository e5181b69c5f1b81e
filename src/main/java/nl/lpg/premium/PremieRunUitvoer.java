package nl.lpg.premium;

import nl.lpg.batch.Json;
import nl.lpg.report.CsvUitvoer;
import nl.lpg.report.RunMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** The files of a premium run in {@code OUT/<runId>/}: totals.csv, nota.csv and run.json (written aside, renamed). */
@Component
public class PremieRunUitvoer {

    public static final String[] NOTA = {"opdrachtgever", "aansluitnummer", "datumAanvangTijdvak", "productkeuze",
            "productvariant", "soort", "grondslagEerderGemeld", "grondslagNu", "grondslagVerschil",
            "premieEerderGemeld", "premieNu", "premieVerschil"};

    static final String NOTA_SQL = "SELECT opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, productvariant,"
            + " soort, grondslag_eerder, grondslag_nu, grondslag_verschil, premie_eerder, premie_nu, premie_verschil"
            + " FROM premie_nota_regel WHERE periode = ?"
            + " ORDER BY opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, productvariant";

    private final JdbcTemplate jdbc;
    private final PremieGrootboek grootboek;

    public PremieRunUitvoer(JdbcTemplate jdbc, PremieGrootboek grootboek) {
        this.jdbc = jdbc;
        this.grootboek = grootboek;
    }

    public Path schrijf(Path out, String runId, YearMonth periode, LocalDate peildatum, JobExecution je) {
        return RunMap.schrijf(out, runId, dir -> {
            LocalDate van = periode.atDay(1);
            LocalDate tot = periode.atEndOfMonth();
            int totals = CsvUitvoer.schrijf(jdbc, dir.resolve("totals.csv"), CsvUitvoer.TOTALS,
                    CsvUitvoer.soorten("TTTTTTBBBBBB"), PremieRun.TOTALS_SQL, van, tot);
            int nota = CsvUitvoer.schrijf(jdbc, dir.resolve("nota.csv"), NOTA, CsvUitvoer.soorten("TTTTTTBBBBBB"),
                    NOTA_SQL, periode.toString());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("runId", runId);
            json.put("command", "premium-run");
            json.put("periode", periode.toString());
            json.put("peildatum", peildatum.toString());
            // a periode's nota is recorded once: a run of the same periode again shows the recorded one
            json.put("notaRunId", grootboek.notaRun(periode));
            json.put("totalsRows", totals);
            json.put("notaRows", nota);
            json.put("nota", jdbc.queryForMap("SELECT COUNT(CASE WHEN soort = 'CORRECTIE' THEN 1 END) correcties,"
                    + " CAST(COALESCE(SUM(grondslag_verschil), 0) AS CHAR) grondslagVerschil,"
                    + " CAST(COALESCE(SUM(premie_verschil), 0) AS CHAR) premieVerschil"
                    + " FROM premie_nota_regel WHERE periode = ?", periode.toString()));
            json.put("contributingDeliveries", jdbc.queryForList("SELECT DISTINCT levering_sleutel FROM stand_pvp"
                    + " WHERE tijdvak_aanvang BETWEEN ? AND ? ORDER BY levering_sleutel", String.class, van, tot));
            // every review decision reported with this nota: which unit, who, when, why (BR28, BR30)
            json.put("reviewDecisions", jdbc.queryForList("SELECT unit, run_id run, soort, besluit,"
                    + " COALESCE(regel, '') regel, door, DATE_FORMAT(tijdstip, '%Y-%m-%dT%H:%i:%s.%f') tijdstip, reden"
                    + " FROM review_besluit WHERE nota_periode = ? ORDER BY tijdstip, unit", periode.toString()));
            Map<String, Object> durations = new LinkedHashMap<>();
            for (var step : je.getStepExecutions()) {
                if (step.getStartTime() != null) {
                    durations.put(step.getStepName(), Duration.between(step.getStartTime(),
                            step.getEndTime() != null ? step.getEndTime() : java.time.LocalDateTime.now()).toMillis());
                }
            }
            json.put("durationsMs", durations);
            Files.writeString(dir.resolve("run.json"), Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json));
        });
    }
}
