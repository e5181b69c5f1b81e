package nl.lpg.rules.extern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The BRP extract format (README, "BRP extract"): CSV, UTF-8, separator {@code ;}, a header row naming the columns
 * in any order. Required: {@code bsn}, {@code geboortedatum}, {@code overlijdensdatum}; optional: {@code geslacht}
 * (M, V, O), {@code voorletters}, {@code voorvoegsel}, {@code geslachtsnaam}, {@code partnerVoorletters},
 * {@code partnerVoorvoegsel}, {@code partnerGeslachtsnaam}, {@code postcode}, {@code huisnummer}. Dates
 * {@code JJJJ-MM-DD} with {@code 00} for an unknown part; empty is unknown. The BSN is read as 9 digits with leading
 * zeros. Read as a stream, one record at a time, so an extract of any size can be imported. A fault names the line
 * and the column, never the BSN.
 */
public final class BrpExtract {

    public static final List<String> VERPLICHT = List.of("bsn", "geboortedatum", "overlijdensdatum");
    public static final List<String> KOLOMMEN = List.of("bsn", "geboortedatum", "overlijdensdatum", "geslacht",
            "voorletters", "voorvoegsel", "geslachtsnaam", "partnerVoorletters", "partnerVoorvoegsel",
            "partnerGeslachtsnaam", "postcode", "huisnummer");

    /** The longest value a column may hold (the columns of brp_persoon). */
    static final int MAX_LENGTE = 200;

    private BrpExtract() {
    }

    static CSVFormat formaat() {
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();
    }

    /** Reads every record and hands it on with its BSN; returns the number read. */
    public static long lees(Reader reader, String naam, BiConsumer<String, BrpBron.BrpPersoon> persoon)
            throws IOException {
        long n = 0;
        try (CSVParser parser = CSVParser.parse(reader, formaat())) {
            Map<String, Integer> kop = parser.getHeaderMap();
            for (String kolom : VERPLICHT) {
                if (!kop.containsKey(kolom)) {
                    throw new IllegalArgumentException(naam + ": kolom " + kolom + " ontbreekt");
                }
            }
            for (String kolom : kop.keySet()) {
                if (!KOLOMMEN.contains(kolom)) {
                    throw new IllegalArgumentException(naam + ": onbekende kolom " + kolom + " (bekend: "
                            + String.join(";", KOLOMMEN) + ")");
                }
            }
            for (CSVRecord rec : parser) {
                long regel = parser.getCurrentLineNumber();
                for (String v : rec) {
                    if (v != null && v.length() > MAX_LENGTE) {
                        throw new IllegalArgumentException(naam + " regel " + regel + ": een waarde is langer dan "
                                + MAX_LENGTE + " tekens");
                    }
                }
                String bsn = BrpBron.normaliseer(waarde(rec, "bsn"));
                if (bsn == null || !bsn.matches("\\d{9}")) {
                    throw new IllegalArgumentException(naam + " regel " + regel + ": bsn ontbreekt of is geen"
                            + " getal van hoogstens 9 cijfers");
                }
                String geslacht = waarde(rec, "geslacht");
                if (geslacht != null && !geslacht.matches("[MVOmvo]")) {
                    throw new IllegalArgumentException(naam + " regel " + regel + ": geslacht is M, V of O");
                }
                List<BrpBron.Naam> partners = new ArrayList<>();
                BrpBron.Naam partner = new BrpBron.Naam(waarde(rec, "partnerVoorletters"),
                        waarde(rec, "partnerVoorvoegsel"), waarde(rec, "partnerGeslachtsnaam"));
                if (!partner.leeg()) {
                    partners.add(partner);
                }
                persoon.accept(bsn, new BrpBron.BrpPersoon(datum(rec, "geboortedatum", naam, regel),
                        datum(rec, "overlijdensdatum", naam, regel),
                        geslacht == null ? null : geslacht.toUpperCase(),
                        new BrpBron.Naam(waarde(rec, "voorletters"), waarde(rec, "voorvoegsel"),
                                waarde(rec, "geslachtsnaam")),
                        partners, waarde(rec, "postcode"), waarde(rec, "huisnummer")));
                n++;
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return n;
    }

    private static String waarde(CSVRecord rec, String kolom) {
        if (!rec.isMapped(kolom) || !rec.isSet(kolom)) {
            return null;
        }
        String v = rec.get(kolom);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static BrpDatum datum(CSVRecord rec, String kolom, String naam, long regel) {
        try {
            return BrpDatum.parse(waarde(rec, kolom));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(naam + " regel " + regel + ": " + kolom
                    + " is geen datum (JJJJ-MM-DD, 00 voor een onbekend deel)");
        }
    }
}
