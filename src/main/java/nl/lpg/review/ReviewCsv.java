package nl.lpg.review;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code review list} as CSV (RFC 4180, header row); the first two columns are {@code run} and {@code unit}. */
public final class ReviewCsv {

    public static final String[] KOLOMMEN = {"run", "unit", "soort", "levering", "opdrachtgever", "aansluitnummer",
            "datumAanvangTijdvak", "personeelsnummer", "nummerInkomstenverhouding", "regels", "meldingen", "besluit",
            "regel", "door", "tijdstip", "reden"};

    private ReviewCsv() {
    }

    public static void schrijf(List<GehoudenEenheid> eenheden, Appendable uit) {
        try (CSVPrinter p = new CSVPrinter(uit, CSVFormat.RFC4180.builder().setHeader(KOLOMMEN).get())) {
            for (GehoudenEenheid e : eenheden) {
                p.printRecord(e.run(), e.unit(), e.soort(), e.levering(), e.opdrachtgever(), e.aansluitnummer(),
                        e.datumAanvangTijdvak(), leeg(e.personeelsnummer()), leeg(e.nummerInkomstenverhouding()),
                        e.regels(), e.meldingen(), leeg(e.besluit()), leeg(e.regel()), leeg(e.door()),
                        leeg(e.tijdstip()), leeg(e.reden()));
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String leeg(String s) {
        return s == null ? "" : s;
    }
}
