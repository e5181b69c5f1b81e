package nl.lpg.bronnen;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Intrekking;
import nl.lpg.rules.extern.BrpRaadpleging;
import nl.lpg.rules.extern.ExterneBron;
import nl.lpg.rules.extern.ExterneBronnen;
import nl.lpg.rules.extern.PensioenadministratieRaadpleging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The external sources of a run, decided at its start ({@link #vernieuw()}):
 * <ul>
 *   <li>BRP: the Haal Centraal API when {@code --brp-url} is given (property {@code lpg.brp-url}, key from
 *   {@code lpg.brp-api-key-file}); else the imported extract when {@code externe_bron_import} has a BRP row (an
 *   import, even of an empty extract, configures it); else none.</li>
 *   <li>Pension administration: the imported file when {@code externe_bron_import} has its row; else none.</li>
 * </ul>
 * A rule whose source is none reports itself "not evaluated" in run.json. The reader of the IKV step hands every chunk
 * to {@link #laadVooruit(List)} (one batch question per source per chunk), the AE step every AE to
 * {@link #laadVooruit(AeInhoud)}.
 */
@Component
public class ExterneBronnenVanRun implements ExterneBronnen {

    private final JdbcTemplate jdbc;
    private final BronImports imports;
    private final String brpUrl;
    private final String apiKeyFile;
    private final Duration timeout;
    private final int pogingen;
    private final Duration pauze;

    private boolean bepaald;
    private BrpRaadpleging brp;
    private PensioenadministratieRaadpleging pa;
    private List<Map<String, Object>> beschrijving = List.of();

    public ExterneBronnenVanRun(JdbcTemplate jdbc, BronImports imports,
                                @Value("${lpg.brp-url:}") String brpUrl,
                                @Value("${lpg.brp-api-key-file:}") String apiKeyFile,
                                @Value("${lpg.brp.timeout-ms:10000}") long timeoutMs,
                                @Value("${lpg.brp.pogingen:4}") int pogingen,
                                @Value("${lpg.brp.pauze-ms:500}") long pauzeMs) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.brpUrl = brpUrl == null || brpUrl.isBlank() ? null : brpUrl.trim();
        this.apiKeyFile = apiKeyFile == null || apiKeyFile.isBlank() ? null : apiKeyFile.trim();
        this.timeout = Duration.ofMillis(timeoutMs);
        this.pogingen = pogingen;
        this.pauze = Duration.ofMillis(pauzeMs);
    }

    /** Decides the sources anew (at the start of every run: an import may have happened since). */
    public synchronized void vernieuw() {
        List<Map<String, Object>> b = new ArrayList<>();
        brp = null;
        if (brpUrl != null) {
            brp = new BrpRaadpleging(new HaalCentraalBrpBron(new HaalCentraalBrpBron.Instellingen(
                    java.net.URI.create(brpUrl), apiKey(), timeout, pogingen, pauze)));
            b.add(bron(ExterneBron.BRP, "Haal Centraal BRP Personen Bevragen",
                    new HaalCentraalBrpBron.Instellingen(java.net.URI.create(brpUrl), null, timeout, pogingen, pauze)
                            .plaats(), null, null));
        } else {
            imports.laatste(ExterneBron.BRP).ifPresent(i -> {
                brp = new BrpRaadpleging(new JdbcBrpBron(jdbc));
                b.add(bron(ExterneBron.BRP, "extract", i.bestand(), i.sha256(), i));
            });
        }
        pa = null;
        imports.laatste(ExterneBron.PENSIOENADMINISTRATIE).ifPresent(i -> {
            pa = new PensioenadministratieRaadpleging(new JdbcPensioenadministratie(jdbc));
            b.add(bron(ExterneBron.PENSIOENADMINISTRATIE, "import", i.bestand(), i.sha256(), i));
        });
        beschrijving = List.copyOf(b);
        bepaald = true;
    }

    private static Map<String, Object> bron(ExterneBron bron, String soort, String waar, String sha,
                                            BronImports.Import i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bron", bron.name());
        m.put("soort", soort);
        m.put(i == null ? "url" : "file", waar);
        if (sha != null) {
            m.put("sha256", sha);
        }
        if (i != null) {
            m.put("records", i.aantal());
            m.put("imported", i.geimporteerd().toString());
        }
        return m;
    }

    private String apiKey() {
        if (apiKeyFile == null) {
            return null;
        }
        try {
            return Files.readString(Path.of(apiKeyFile), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("BRP API key file not readable: " + apiKeyFile, e);
        }
    }

    private synchronized void bepaal() {
        if (!bepaald) {
            vernieuw();
        }
    }

    @Override
    public BrpRaadpleging brp() {
        bepaal();
        return brp;
    }

    @Override
    public PensioenadministratieRaadpleging pensioenadministratie() {
        bepaal();
        return pa;
    }

    /** Whether a source is configured for the next run. */
    public boolean geconfigureerd(ExterneBron bron) {
        return bron == ExterneBron.BRP ? brp() != null : pensioenadministratie() != null;
    }

    /** The sources of the run, for run.json ({@code externalSources}). */
    public List<Map<String, Object>> beschrijving() {
        bepaal();
        return beschrijving;
    }

    /** Asks every configured source about the participants of the coming chunk, one batch question each. */
    public void laadVooruit(List<IkvEenheid> eenheden) {
        List<String> bsns = new ArrayList<>(eenheden.size());
        for (IkvEenheid e : eenheden) {
            var np = e.ikv().natuurlijkPersoon();
            if (np != null && np.bsn() != null) {
                bsns.add(np.bsn());
            }
        }
        if (brp() != null) {
            brp.laadVooruit(bsns);
        }
        if (pensioenadministratie() != null) {
            pa.laadVooruit(bsns);
        }
    }

    /** The participants of an AE's intrekkingen (BR426), before its AE rules run. */
    public void laadVooruit(AeInhoud ae) {
        if (pensioenadministratie() != null) {
            pa.laadVooruit(ae.intrekkingen().stream().map(Intrekking::bsn).filter(b -> b != null).toList());
        }
    }
}
