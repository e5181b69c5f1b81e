package nl.lpg.premium;

import nl.lpg.batch.Json;
import nl.lpg.report.CsvUitvoer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code premium-run --periode}: premium totals over the stand for the loontijdvakken that start in that month. The
 * stand holds the latest accepted version of every loontijdvak, so corrections delivered later are included; run.json
 * names every delivery that contributed.
 */
@Component
public class PremieRun {

    static final String TOTALS_SQL = "SELECT opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze,"
            + " COALESCE(productvariant, '') pv, COUNT(*), SUM(productloon), SUM(grondslag_aangeleverd),"
            + " SUM(grondslag_berekend), SUM(premie_aangeleverd), SUM(premie_berekend), SUM(premie_vastgesteld)"
            + " FROM stand_pvp WHERE tijdvak_aanvang BETWEEN ? AND ?"
            + " GROUP BY opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, pv"
            + " ORDER BY opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, pv";

    private final JdbcTemplate jdbc;

    public PremieRun(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Path voerUit(YearMonth periode, Path out, LocalDate peildatum) {
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")) + "-premie-"
                + periode;
        long t0 = System.nanoTime();
        return nl.lpg.report.RunMap.schrijf(out, runId, dir -> {
            LocalDate van = periode.atDay(1);
            LocalDate tot = periode.atEndOfMonth();
            int rows = CsvUitvoer.schrijf(jdbc, dir.resolve("totals.csv"), CsvUitvoer.TOTALS,
                    new CsvUitvoer.Soort[]{CsvUitvoer.Soort.TEXT, CsvUitvoer.Soort.TEXT, CsvUitvoer.Soort.TEXT,
                            CsvUitvoer.Soort.TEXT, CsvUitvoer.Soort.TEXT, CsvUitvoer.Soort.TEXT,
                            CsvUitvoer.Soort.BEDRAG, CsvUitvoer.Soort.BEDRAG, CsvUitvoer.Soort.BEDRAG,
                            CsvUitvoer.Soort.BEDRAG, CsvUitvoer.Soort.BEDRAG, CsvUitvoer.Soort.BEDRAG},
                    TOTALS_SQL, van, tot);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("runId", runId);
            json.put("command", "premium-run");
            json.put("periode", periode.toString());
            json.put("peildatum", peildatum.toString());
            json.put("totalsRows", rows);
            json.put("contributingDeliveries", jdbc.queryForList("SELECT DISTINCT levering_sleutel FROM stand_pvp"
                    + " WHERE tijdvak_aanvang BETWEEN ? AND ? ORDER BY levering_sleutel", String.class, van, tot));
            json.put("durationsMs", Map.of("premiumRun", (System.nanoTime() - t0) / 1_000_000));
            Files.writeString(dir.resolve("run.json"), Json.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json));
        });
    }
}
