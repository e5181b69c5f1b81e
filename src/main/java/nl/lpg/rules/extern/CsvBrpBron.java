package nl.lpg.rules.extern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A file-backed BRP extract: CSV (UTF-8, separator {@code ;}) with header {@code bsn;geboortedatum;overlijdensdatum},
 * dates ISO, empty = unknown. Read once into memory; the BSN is normalised to 9 digits with leading zeros.
 */
public final class CsvBrpBron implements BrpBron {

    private final Map<String, BrpPersoon> personen;

    private CsvBrpBron(Map<String, BrpPersoon> personen) {
        this.personen = Map.copyOf(personen);
    }

    public static CsvBrpBron lees(Path bestand) {
        try (Reader r = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            return lees(r, bestand.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("BRP-bestand niet leesbaar: " + bestand, e);
        }
    }

    public static CsvBrpBron lees(Reader reader, String naam) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        Map<String, BrpPersoon> m = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String kolom : new String[]{"bsn", "geboortedatum", "overlijdensdatum"}) {
                if (!parser.getHeaderMap().containsKey(kolom)) {
                    throw new IllegalArgumentException(naam + ": kolom " + kolom + " ontbreekt");
                }
            }
            for (CSVRecord rec : parser) {
                String bsn = normaliseer(rec.get("bsn"));
                if (bsn == null) {
                    throw new IllegalArgumentException(naam + " regel " + rec.getRecordNumber() + ": bsn ontbreekt");
                }
                m.put(bsn, new BrpPersoon(datum(rec, "geboortedatum", naam), datum(rec, "overlijdensdatum", naam)));
            }
        }
        return new CsvBrpBron(m);
    }

    private static LocalDate datum(CSVRecord rec, String kolom, String naam) {
        String v = rec.get(kolom);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(naam + " regel " + rec.getRecordNumber() + ": " + kolom
                    + " is geen datum (JJJJ-MM-DD)");
        }
    }

    static String normaliseer(String bsn) {
        if (bsn == null || bsn.isBlank()) {
            return null;
        }
        String t = bsn.trim();
        return t.length() < 9 && t.chars().allMatch(Character::isDigit) ? "0".repeat(9 - t.length()) + t : t;
    }

    @Override
    public Optional<BrpPersoon> zoek(String bsn) {
        String k = normaliseer(bsn);
        return k == null ? Optional.empty() : Optional.ofNullable(personen.get(k));
    }

    public int aantal() {
        return personen.size();
    }
}
