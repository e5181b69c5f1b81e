package nl.lpg.rules;

import nl.lpg.rules.ae.Br26AansluitingBekend;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The status of each rule of the index: {@code implemented} (a rule class with that number exists),
 * or what {@code regels-status/<area>.tsv} says (needs stand, needs external source, derivation), else
 * {@code not implemented}.
 */
public final class RegelStatus {

    public record Status(String status, String toelichting) {
    }

    private static final Map<String, nl.lpg.rules.extern.ExterneBron> EXTERN = new java.util.TreeMap<>();
    private static final Set<String> GEIMPLEMENTEERD = scan();
    private static final Map<String, Status> OVERIG = laad();

    private RegelStatus() {
    }

    public static Status van(String nr) {
        if (GEIMPLEMENTEERD.contains(nr)) {
            return new Status("implemented", "");
        }
        return OVERIG.getOrDefault(nr, new Status("not implemented", ""));
    }

    /** The external source an implemented rule needs (BRP, pension administration), or null. */
    public static nl.lpg.rules.extern.ExterneBron externeBron(String nr) {
        return EXTERN.get(nr);
    }

    public static Set<String> geimplementeerd() {
        return GEIMPLEMENTEERD;
    }

    private static Set<String> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Regel.class));
        Set<String> nrs = new TreeSet<>();
        for (var bd : scanner.findCandidateComponents(Br26AansluitingBekend.class.getPackageName().replace(".ae", ""))) {
            try {
                Class<?> c = Class.forName(bd.getBeanClassName());
                Regel r = (Regel) c.getDeclaredConstructor().newInstance();
                nrs.add(r.regel());
                if (r instanceof nl.lpg.rules.extern.ExterneBronRegel e) {
                    EXTERN.put(r.regel(), e.bron());
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a rule without a no-arg constructor is reported by its class name's number
                String n = bd.getBeanClassName().replaceAll(".*\\.Br(\\d+).*", "$1");
                if (n.matches("\\d+")) {
                    nrs.add(n);
                }
            }
        }
        return nrs;
    }

    private static Map<String, Status> laad() {
        Map<String, Status> m = new HashMap<>();
        for (String area : RegelsSeed.AREAS) {
            try (InputStream in = RegelStatus.class.getResourceAsStream("/regels-status/" + area + ".tsv")) {
                if (in == null) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line = r.readLine();
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    if (f.length >= 2 && !line.isBlank()) {
                        m.put(f[0].trim(), new Status(f[1].trim(), f.length > 2 ? f[2].trim() : ""));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }
}
