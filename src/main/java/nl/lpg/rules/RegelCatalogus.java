package nl.lpg.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule number of the specification ({@code rules-index.tsv}, copied from shared/spec): the checklist the
 * engine's catalogue is measured against, and the set of rule numbers a workbook may name.
 */
public final class RegelCatalogus {

    /** One entry of the index: number, entity section, title, opdrachtgever and aard as printed in the spec. */
    public record Entry(String nr, String entity, String title, String opdrachtgever, String aard) {
    }

    private static final Map<String, Entry> INDEX = load();

    private RegelCatalogus() {
    }

    private static Map<String, Entry> load() {
        try (InputStream in = RegelCatalogus.class.getResourceAsStream("/rules-index.tsv")) {
            if (in == null) {
                throw new IllegalStateException("rules-index.tsv missing from the classpath");
            }
            Map<String, Entry> m = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Entry e = new Entry(f[0].trim(), f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : "",
                        f.length > 3 ? f[3] : "", f.length > 4 ? f[4] : "");
                m.putIfAbsent(e.nr(), e);
            }
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isBekend(String nr) {
        return INDEX.containsKey(nr.trim());
    }

    public static List<Entry> entries() {
        return new ArrayList<>(INDEX.values());
    }

    public static Entry entry(String nr) {
        return INDEX.get(nr);
    }
}
