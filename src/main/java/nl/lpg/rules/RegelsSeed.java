package nl.lpg.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule catalogue as seeded from the specification: one row per rule and opdrachtgever ({@code *} = all) with the
 * aard the spec prints. The shipped {@code Regels} sheet is generated from these files; tests use them to run a rule
 * exactly as the shipped workbook would. Files: {@code regels-seed/<area>.tsv} with columns
 * regel, opdrachtgever, actief (J|N), aard, ingang, einde (ISO dates, einde may be empty).
 */
public final class RegelsSeed {

    public static final List<String> AREAS = List.of("levering-ae", "ikv-ikp", "pvv-pvp-np", "premie");

    public record Row(String regel, String opdrachtgever, boolean actief, String aard, LocalDate ingang,
                      LocalDate einde) {
    }

    private RegelsSeed() {
    }

    public static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        for (String area : AREAS) {
            try (InputStream in = RegelsSeed.class.getResourceAsStream("/regels-seed/" + area + ".tsv")) {
                if (in == null) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line = r.readLine(); // header
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    rows.add(new Row(f[0].trim(), f[1].trim(), "J".equalsIgnoreCase(f[2].trim()), f[3].trim(),
                            LocalDate.parse(f[4].trim()),
                            f.length > 5 && !f[5].isBlank() ? LocalDate.parse(f[5].trim()) : null));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }
}
