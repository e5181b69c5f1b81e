package nl.lpg.rules.extern;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A BRP extract ({@link BrpExtract} format) read wholly into memory: for tests and small files only. The engine
 * imports an extract into the database instead ({@code bin/lpg import-brp FILE}; {@code --brp FILE} does the same),
 * so an extract of any size fits.
 */
public final class CsvBrpBron implements BrpBron {

    private final Map<String, BrpPersoon> personen;

    private CsvBrpBron(Map<String, BrpPersoon> personen) {
        this.personen = Map.copyOf(personen);
    }

    public static CsvBrpBron lees(Path bestand) {
        try (Reader r = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            return lees(r, bestand.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("BRP-bestand niet leesbaar: " + bestand, e);
        }
    }

    public static CsvBrpBron lees(Reader reader, String naam) throws IOException {
        Map<String, BrpPersoon> m = new HashMap<>();
        BrpExtract.lees(reader, naam, m::put);
        return new CsvBrpBron(m);
    }

    @Override
    public Map<String, BrpPersoon> zoek(Collection<String> bsns) {
        Map<String, BrpPersoon> uit = new HashMap<>();
        for (String b : bsns) {
            String k = BrpBron.normaliseer(b);
            if (k != null && personen.containsKey(k)) {
                uit.put(k, personen.get(k));
            }
        }
        return uit;
    }

    /** One person, for tests. */
    public Optional<BrpPersoon> zoek(String bsn) {
        String k = BrpBron.normaliseer(bsn);
        return k == null ? Optional.empty() : Optional.ofNullable(personen.get(k));
    }

    public int aantal() {
        return personen.size();
    }
}
