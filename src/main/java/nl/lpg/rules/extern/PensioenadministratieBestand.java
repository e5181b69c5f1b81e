package nl.lpg.rules.extern;

import nl.lpg.rules.extern.PensioenadministratieBron.Feit;
import nl.lpg.rules.extern.PensioenadministratieBron.Soort;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The pension-administration import format (README, "Pension administration"): CSV, UTF-8, separator {@code ;},
 * header {@code opdrachtgever;bsn;soort;productkeuze;ingang;einde}, one row per fact of a participant. {@code soort}:
 * DISPENSATIE, AVV_LOOS, VRIJWILLIGE_DEELNAME (a period ingang..einde, einde empty = open; productkeuze empty = every
 * product), PENSIOENRICHTDATUM, PENSIOEN_INGEGAAN, AFKOOP, WAARDEOVERDRACHT (the date in ingang, no einde). Dates
 * JJJJ-MM-DD. Read as a stream; a fault names the line and the column, never the BSN.
 */
public final class PensioenadministratieBestand {

    public static final List<String> KOLOMMEN = List.of("opdrachtgever", "bsn", "soort", "productkeuze", "ingang",
            "einde");
    private static final Set<Soort> PERIODEN = Set.of(Soort.DISPENSATIE, Soort.AVV_LOOS, Soort.VRIJWILLIGE_DEELNAME);

    private PensioenadministratieBestand() {
    }

    /** Reads every row and hands it on; returns the number read. */
    public static long lees(Reader reader, String naam, Consumer<Feit> feit) throws IOException {
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();
        long n = 0;
        try (CSVParser parser = CSVParser.parse(reader, formaat)) {
            for (String kolom : KOLOMMEN) {
                if (!parser.getHeaderMap().containsKey(kolom)) {
                    throw new IllegalArgumentException(naam + ": kolom " + kolom + " ontbreekt (kolommen: "
                            + String.join(";", KOLOMMEN) + ")");
                }
            }
            for (CSVRecord rec : parser) {
                long regel = parser.getCurrentLineNumber();
                String og = waarde(rec, "opdrachtgever");
                if (og == null || og.length() > 20) {
                    throw fout(naam, regel, "opdrachtgever ontbreekt of is langer dan 20 tekens");
                }
                String bsn = BrpBron.normaliseer(waarde(rec, "bsn"));
                if (bsn == null || !bsn.matches("\\d{9}")) {
                    throw fout(naam, regel, "bsn ontbreekt of is geen getal van hoogstens 9 cijfers");
                }
                Soort soort;
                try {
                    soort = Soort.valueOf(String.valueOf(waarde(rec, "soort")).toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw fout(naam, regel, "soort is een van " + Arrays.toString(Soort.values()));
                }
                String product = waarde(rec, "productkeuze");
                if (product != null && product.length() > 20) {
                    throw fout(naam, regel, "productkeuze is langer dan 20 tekens");
                }
                LocalDate ingang = datum(rec, "ingang", naam, regel);
                LocalDate einde = datum(rec, "einde", naam, regel);
                if (ingang == null) {
                    throw fout(naam, regel, "ingang ontbreekt");
                }
                if (einde != null && !PERIODEN.contains(soort)) {
                    throw fout(naam, regel, "einde hoort niet bij soort " + soort + " (een datum: ingang)");
                }
                if (einde != null && einde.isBefore(ingang)) {
                    throw fout(naam, regel, "einde ligt voor ingang");
                }
                feit.accept(new Feit(og.toUpperCase(), bsn, soort, product == null ? null : product.toUpperCase(),
                        ingang, einde));
                n++;
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return n;
    }

    private static IllegalArgumentException fout(String naam, long regel, String wat) {
        return new IllegalArgumentException(naam + " regel " + regel + ": " + wat);
    }

    private static String waarde(CSVRecord rec, String kolom) {
        String v = rec.isSet(kolom) ? rec.get(kolom) : null;
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static LocalDate datum(CSVRecord rec, String kolom, String naam, long regel) {
        String v = waarde(rec, kolom);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw fout(naam, regel, kolom + " is geen datum (JJJJ-MM-DD)");
        }
    }
}
