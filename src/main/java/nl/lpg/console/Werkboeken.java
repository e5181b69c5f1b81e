package nl.lpg.console;

import nl.lpg.batch.ParameterSetCache;
import nl.lpg.parameters.ParameterDiff;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSet;
import nl.lpg.parameters.ParameterSummary;
import nl.lpg.parameters.WerkboekArchief;
import nl.lpg.parameters.WorkbookException;
import nl.lpg.support.Bestanden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workbook versions for the Parameters page. A version is the pair of workbooks (parameters.xlsx,
 * organisatie.xlsx, by SHA-256) a run used, or the pair now in serve's {@code --parameters}; the workbooks
 * themselves come from the archive ({@code parameter_werkboek}), so an old version can be shown and compared after
 * its files were replaced. For each: validity per sheet (what {@code check-parameters} prints) and the difference
 * with the version before it (what {@code diff-parameters} prints).
 */
@Component
public class Werkboeken {

    private static final Logger log = LoggerFactory.getLogger(Werkboeken.class);

    private final JdbcTemplate jdbc;
    private final ParameterSetCache cache;
    private final Path parameters;
    private final Map<String, ParameterSet> geladen = new ConcurrentHashMap<>();

    public Werkboeken(JdbcTemplate jdbc, ParameterSetCache cache,
                      @Value("${" + ConsoleConfiguratie.PARAMETERS + ":parameters-xlsx}") String parameters) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.parameters = Path.of(parameters);
        try {
            WerkboekArchief.bewaar(jdbc, cache.get(this.parameters)); // the version now in --parameters
        } catch (WorkbookException | UncheckedIOException e) {
            log.warn("The workbooks in {} are not usable: {}", this.parameters, e.getMessage());
        }
    }

    /** A version: both SHA-256s, when it was first seen, how many runs used it, whether it is in --parameters now. */
    public record Versie(int nummer, String parametersSha, String organisatieSha, String eerstGezien, int runs,
                         boolean huidig) {
        public String sleutel() {
            return parametersSha.substring(0, 12) + "-" + organisatieSha.substring(0, 12);
        }
    }

    /** Every version, oldest first (numbered 1, 2, ...). */
    public List<Versie> versies() {
        Map<String, Object[]> paren = new LinkedHashMap<>();
        jdbc.query("SELECT p.PARAMETER_VALUE, o.PARAMETER_VALUE, MIN(e.CREATE_TIME), COUNT(DISTINCT r.PARAMETER_VALUE)"
                + " FROM BATCH_JOB_EXECUTION_PARAMS p"
                + " JOIN BATCH_JOB_EXECUTION_PARAMS o ON o.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID"
                + " AND o.PARAMETER_NAME = 'organisatieSha256'"
                + " JOIN BATCH_JOB_EXECUTION_PARAMS r ON r.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID AND r.PARAMETER_NAME = 'runId'"
                + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID"
                + " WHERE p.PARAMETER_NAME = 'parametersSha256' GROUP BY p.PARAMETER_VALUE, o.PARAMETER_VALUE"
                + " ORDER BY MIN(e.CREATE_TIME)", rs -> {
            paren.put(rs.getString(1) + "/" + rs.getString(2), new Object[]{rs.getString(1), rs.getString(2),
                    String.valueOf(rs.getTimestamp(3).toLocalDateTime().withNano(0)).replace('T', ' '), rs.getInt(4)});
        });
        String huidig = null;
        try {
            ParameterSet nu = cache.get(parameters);
            huidig = nu.parameters().sha256() + "/" + nu.organisatie().sha256();
            if (!paren.containsKey(huidig)) {
                paren.put(huidig, new Object[]{nu.parameters().sha256(), nu.organisatie().sha256(),
                        "now in " + parameters, 0});
            }
        } catch (WorkbookException | UncheckedIOException e) {
            // not usable now: only the versions the runs used
        }
        List<Versie> v = new ArrayList<>();
        int i = 1;
        for (Map.Entry<String, Object[]> e : paren.entrySet()) {
            Object[] p = e.getValue();
            v.add(new Versie(i++, (String) p[0], (String) p[1], (String) p[2], (Integer) p[3], e.getKey().equals(huidig)));
        }
        return v;
    }

    /** The workbooks of a version from the archive, loaded and checked as a run loads them; empty if not archived. */
    public Optional<ParameterSet> laad(Versie v) {
        String k = v.parametersSha() + "/" + v.organisatieSha();
        ParameterSet s = geladen.get(k);
        if (s != null) {
            return Optional.of(s);
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("lpg-werkboeken-");
            if (!schrijf(v.parametersSha(), tmp.resolve(ParameterSet.PARAMETERS_FILE))
                    || !schrijf(v.organisatieSha(), tmp.resolve(ParameterSet.ORGANISATIE_FILE))) {
                return Optional.empty();
            }
            s = ParameterSet.load(tmp);
            geladen.put(k, s);
            return Optional.of(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Bestanden.verwijderBoom(tmp);
                } catch (IOException ignored) {
                    // a temporary folder
                }
            }
        }
    }

    private boolean schrijf(String sha, Path doel) throws IOException {
        List<byte[]> b = jdbc.query("SELECT inhoud FROM parameter_werkboek WHERE sha256 = ?", (rs, i) -> rs.getBytes(1),
                sha);
        if (b.isEmpty()) {
            return false;
        }
        Files.write(doel, b.get(0));
        return true;
    }

    /** One archived workbook (to download), with its file name; null when not archived. */
    public Map.Entry<String, byte[]> werkboek(String sha) {
        List<Map.Entry<String, byte[]>> b = jdbc.query("SELECT bestand, inhoud FROM parameter_werkboek WHERE sha256 = ?",
                (rs, i) -> Map.entry(rs.getString(1), rs.getBytes(2)), sha);
        return b.isEmpty() ? null : b.get(0);
    }

    /** Validity per sheet, as check-parameters prints it (without the folder line, which names a temporary one). */
    public static List<String> geldigheid(ParameterSet s) {
        List<String> l = ParameterSummary.lines(s);
        return l.subList(1, l.size());
    }

    /** What diff-parameters prints from {@code oud} to {@code nieuw}. */
    public static List<String> verschil(ParameterSet oud, ParameterSet nieuw) {
        return ParameterDiff.diff(oud, nieuw);
    }

    /** A row of Productvarianten (or another sheet of parameters.xlsx) by its number, from the version by SHA. */
    public Optional<ParameterRow> rij(String parametersSha, String blad, int rij) {
        return versies().stream().filter(v -> v.parametersSha().equals(parametersSha)).findFirst()
                .flatMap(this::laad)
                .flatMap(s -> Optional.ofNullable(s.parameters().tables().get(blad)))
                .flatMap(t -> t.rows().stream().filter(r -> r.rowNumber() == rij).findFirst());
    }
}
