package nl.lpg.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the contract's CSV files straight from the database, row by row (RFC 4180, UTF-8, header row).
 * Rows come in a stable order so two runs on the same input give identical files.
 */
public final class CsvUitvoer {

    public static final String[] SIGNALS = {"regel", "aard", "opdrachtgever", "nummerLeverancier", "periodeLevering",
            "volgnummer", "aansluitnummer", "personeelsnummer", "nummerInkomstenverhouding",
            "datumAanvangInkomstenperiode", "productkeuze", "productvariant", "jaar", "melding"};
    public static final String[] PVP = {"opdrachtgever", "aansluitnummer", "personeelsnummer",
            "nummerInkomstenverhouding", "datumAanvangInkomstenperiode", "productkeuze", "productvariant",
            "datumAanvangPvp", "soortGrondslag", "productloon", "maximumProductloon", "franchise", "deeltijdfactor",
            "meetellingswaarde", "periodefactor", "periodiciteitsfactor", "premiepercentage", "grondslagBerekend",
            "grondslagAangeleverd", "premieBerekend", "premieAangeleverd", "premieVastgesteld",
            // issue 13: where the row came from and how it counts (added after the contract's columns)
            "datumAanvangTijdvak", "status", "regelnummerLevering", "berekeningsbasis", "svLoon", "pensioenloon",
            "vastePremie", "correctiefactorPremie", "parameterWerkboek", "parameterBlad", "parameterRij",
            "productloonIncidenteel"};
    /** Column kinds of {@link #PVP}, for {@link #soorten(String)}. */
    public static final String PVP_SOORTEN = "TTTTTTTTTBBBXXXTXBBBBB" + "TTTTBBBXTTTB";
    public static final String[] TOTALS = {"opdrachtgever", "aansluitnummer", "datumAanvangTijdvak", "productkeuze",
            "productvariant", "aantalPvp", "productloon", "grondslagAangeleverd", "grondslagBerekend",
            "premieAangeleverd", "premieBerekend", "premieVastgesteld"};

    private CsvUitvoer() {
    }

    /** Column kinds: text as is, amount with 2 decimals, or exact (factors, unrounded). */
    public enum Soort { TEXT, BEDRAG, EXACT }

    public static int schrijf(JdbcTemplate jdbc, Path file, String[] header, Soort[] soorten, String sql,
                              Object... args) {
        return schrijf(jdbc, file, true, header, soorten, sql, args);
    }

    /**
     * As {@link #schrijf(JdbcTemplate, Path, String[], Soort[], String, Object...)}; without {@code kop} the header row
     * is left out (a later part of a file written in parts, {@link RunUitvoer}).
     */
    public static int schrijf(JdbcTemplate jdbc, Path file, boolean kop, String[] header, Soort[] soorten, String sql,
                              Object... args) {
        CSVFormat format = kop ? CSVFormat.RFC4180.builder().setHeader(header).get() : CSVFormat.RFC4180;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, format)) {
            int[] n = {0};
            nl.lpg.support.Stromend.van(jdbc).query(sql, (ResultSet rs) -> {
                try {
                    List<String> rec = new ArrayList<>(header.length);
                    for (int i = 0; i < header.length; i++) {
                        rec.add(waarde(rs, i + 1, soorten[i]));
                    }
                    p.printRecord(rec);
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, args);
            return n[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String waarde(ResultSet rs, int col, Soort soort) throws SQLException {
        if (soort == Soort.BEDRAG) {
            // decoded once (most columns of the PVP file are amounts; issue 10)
            BigDecimal b = rs.getBigDecimal(col);
            return b == null ? "" : b.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        Object o = rs.getObject(col);
        if (o == null) {
            return "";
        }
        return switch (soort) {
            case EXACT -> o instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : o.toString();
            default -> o.toString();
        };
    }

    public static Soort[] soorten(String spec) {
        Soort[] s = new Soort[spec.length()];
        for (int i = 0; i < spec.length(); i++) {
            s[i] = switch (spec.charAt(i)) {
                case 'B' -> Soort.BEDRAG;
                case 'X' -> Soort.EXACT;
                default -> Soort.TEXT;
            };
        }
        return s;
    }
}
