package nl.lpg.batch;

import nl.lpg.parameters.ParameterSet;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/** Loads a parameters directory once per version (path, size and modification time of both workbooks). */
@Component
public class ParameterSetCache {

    private final ConcurrentHashMap<String, ParameterSet> cache = new ConcurrentHashMap<>();

    public ParameterSet get(Path dir) {
        return cache.computeIfAbsent(versie(dir), k -> ParameterSet.load(dir));
    }

    private static String versie(Path dir) {
        StringBuilder sb = new StringBuilder(dir.toAbsolutePath().normalize().toString());
        for (String f : new String[]{ParameterSet.PARAMETERS_FILE, ParameterSet.ORGANISATIE_FILE}) {
            Path p = dir.resolve(f);
            try {
                sb.append('|').append(Files.size(p)).append('|').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sb.toString();
    }
}
