package nl.lpg.remote;

import nl.lpg.LpgApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The engine version a worker must share with the manager: the SHA-256 over the engine's own classes and resources
 * (rules, migrations, XSD, rule index, defaults) as this process loaded them, from the jar or from a classes folder.
 * Two builds of different code differ here even under the same project version; the same code gives the same value
 * wherever it runs.
 */
public final class EngineVersie {

    private static final String[] PATRONEN = {"classpath*:nl/lpg/**/*.class", "classpath*:db/migration/*",
            "classpath*:xsd/**/*", "classpath*:regels-seed/**/*", "classpath*:regels-status/**/*",
            "classpath*:rules-index.tsv", "classpath*:application.properties"};

    private static volatile String waarde;

    private EngineVersie() {
    }

    /**
     * "code " and the first 12 hex digits of the SHA-256 (no more: a longer run of letters and digits would look like
     * an IBAN to the log's masking); computed once per process.
     */
    public static String waarde() {
        String w = waarde;
        if (w == null) {
            synchronized (EngineVersie.class) {
                if (waarde == null) {
                    waarde = "code " + bereken().substring(0, 12);
                }
                w = waarde;
            }
        }
        return w;
    }

    static String bereken() {
        String eigen = LpgApplication.class.getResource("LpgApplication.class").toString();
        String wortel = eigen.substring(0, eigen.length() - "nl/lpg/LpgApplication.class".length());
        var resolver = new PathMatchingResourcePatternResolver(EngineVersie.class.getClassLoader());
        TreeMap<String, Resource> bestanden = new TreeMap<>();
        try {
            for (String patroon : PATRONEN) {
                for (Resource r : resolver.getResources(patroon)) {
                    String url = r.getURL().toString();
                    if (url.startsWith(wortel) && !url.endsWith("/") && r.isReadable()) {
                        bestanden.put(url.substring(wortel.length()), r);
                    }
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (var e : bestanden.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = e.getValue().getInputStream()) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        sha.update(buf, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the engine's own classes to name its version", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
