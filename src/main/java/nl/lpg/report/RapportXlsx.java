package nl.lpg.report;

import nl.lpg.batch.Json;
import nl.lpg.batch.SignaalWriter;
import nl.lpg.delivery.Levering;
import nl.lpg.delivery.LeveringReader;
import nl.lpg.insurer.InsurerUitvoer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * report.xlsx, the run for people: a summary that reads as a report (labelled figures, dates and amounts as numbers
 * with a format), charts (premie and grondslag per product per tijdvak, signals per aard, the ten most frequent
 * rules), the controletotalen (collectieve aangifte against the accepted PVPs, per AE and for the delivery), the held
 * units with their reasons, and the signals and totals with filters and frozen header rows.
 *
 * <p>The small sheets with charts are built with XSSF (charts need the whole sheet in memory); the sheets that grow
 * with the delivery (held units, signals, totals) are streamed with SXSSF on top of it.
 */
final class RapportXlsx {

    static final String SAMENVATTING = "Samenvatting";
    static final String GRAFIEKEN = "Grafieken";
    static final String CONTROLETOTALEN = "Controletotalen";
    static final String AANGEHOUDEN = "Aangehouden";
    static final String SIGNALEN = "Signalen";
    static final String TOTALEN = "Totalen";
    static final String MUTATIES = "Verzekeraarmutaties";
    static final String PORTAAL = "Portaalwerklijst";

    static final List<String> AARDEN = List.of("ONVERWERKBAAR", "ONWAARSCHIJNLIJK", "VERWERKBAAR", "INTERNE_BEOORDELING");

    private RapportXlsx() {
    }

    /**
     * @param koppen the delivery's headers and collectieve aangiften (null when the file could not be read again: the
     *               controletotalen then say so)
     */
    static void schrijf(JdbcTemplate jdbc, Path file, String runId, Map<String, Object> samenvatting,
                        LeveringReader.Koppen koppen) {
        try (XSSFWorkbook xwb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Stijlen st = new Stijlen(xwb);
            samenvatting(xwb.createSheet(SAMENVATTING), st, jdbc, runId, samenvatting, koppen);
            Grafieken.schrijf(xwb.createSheet(GRAFIEKEN), st, jdbc, runId);
            Controletotalen.schrijf(xwb.createSheet(CONTROLETOTALEN), st, jdbc, runId, koppen);
            SXSSFWorkbook wb = new SXSSFWorkbook(xwb, 200);
            try {
                aangehouden(wb, st, jdbc, runId);
                Kolom[] signalen = new Kolom[CsvUitvoer.SIGNALS.length];
                for (int i = 0; i < signalen.length; i++) {
                    String h = CsvUitvoer.SIGNALS[i];
                    signalen[i] = new Kolom(h, h.equals("volgnummer") || h.equals("jaar") ? Soort.NUMMER : Soort.TEKST,
                            h.equals("melding") ? 100 : Math.max(12, h.length() + 2));
                }
                tabel(wb, st, jdbc, SIGNALEN, signalen, RunUitvoer.SIGNALS_SQL, runId);
                Kolom[] totalen = new Kolom[CsvUitvoer.TOTALS.length];
                for (int i = 0; i < totalen.length; i++) {
                    String h = CsvUitvoer.TOTALS[i];
                    Soort s = i == 2 ? Soort.DATUM : i == 5 ? Soort.GETAL : i > 5 ? Soort.BEDRAG : Soort.TEKST;
                    totalen[i] = new Kolom(h, s, Math.max(14, h.length() + 2));
                }
                tabel(wb, st, jdbc, TOTALEN, totalen, RunUitvoer.TOTALS_SQL, runId);
                Kolom[] mutaties = new Kolom[InsurerUitvoer.MUTATIES.length];
                for (int i = 0; i < mutaties.length; i++) {
                    String h = InsurerUitvoer.MUTATIES[i];
                    Soort s = h.equals("ingangsdatum") ? Soort.DATUM : h.endsWith("Salaris") ? Soort.BEDRAG
                            : h.endsWith("Deeltijdfactor") ? Soort.EXACT : Soort.TEKST;
                    mutaties[i] = new Kolom(h, s, h.equals("redenen") ? 80 : Math.max(14, h.length() + 2));
                }
                tabel(wb, st, jdbc, MUTATIES, mutaties, InsurerUitvoer.MUTATIES_SQL, runId);
                Kolom[] portaal = new Kolom[InsurerUitvoer.PORTAAL.length];
                for (int i = 0; i < portaal.length; i++) {
                    String h = InsurerUitvoer.PORTAAL[i];
                    portaal[i] = new Kolom(h, h.equals("ingangsdatum") ? Soort.DATUM : Soort.TEKST,
                            h.equals("toelichting") ? 80 : Math.max(14, h.length() + 2));
                }
                tabel(wb, st, jdbc, PORTAAL, portaal, InsurerUitvoer.PORTAAL_SQL, runId);
                for (Sheet sheet : wb) {
                    afdrukken(sheet);
                }
                wb.write(out);
            } finally {
                wb.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Cell kinds of the report: text, a count (with thousands separator), a number that names something (volgnummer,
     * jaar: no separator), an amount (2 decimals), date, date and time, exact decimal.
     */
    enum Soort { TEKST, GETAL, NUMMER, BEDRAG, DATUM, DATUMTIJD, EXACT }

    record Kolom(String kop, Soort soort, int breedte) {
    }

    /** The shared cell styles; number formats, never amounts as text. */
    static final class Stijlen {
        final CellStyle titel;
        final CellStyle kop;
        final CellStyle kopTabel;
        final CellStyle kopGrijs;
        final CellStyle kopGrijsRechts;
        final CellStyle bedrag;
        final CellStyle bedragVet;
        final CellStyle bedragAfwijking;
        final CellStyle getal;
        final CellStyle nummer;
        final CellStyle datum;
        final CellStyle datumTijd;
        final CellStyle seconden;
        final CellStyle exact;
        final CellStyle tekst;

        Stijlen(XSSFWorkbook wb) {
            var df = wb.createDataFormat();
            var vet = wb.createFont();
            vet.setBold(true);
            var groot = wb.createFont();
            groot.setBold(true);
            groot.setFontHeightInPoints((short) 14);
            titel = wb.createCellStyle();
            titel.setFont(groot);
            kop = wb.createCellStyle();
            kop.setFont(vet);
            kopTabel = wb.createCellStyle();
            kopTabel.setFont(vet);
            kopTabel.setWrapText(true);
            kopTabel.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            kopTabel.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            kopTabel.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            kopGrijs = wb.createCellStyle();
            kopGrijs.setFont(vet);
            kopGrijs.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            kopGrijs.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            kopGrijsRechts = wb.createCellStyle();
            kopGrijsRechts.cloneStyleFrom(kopGrijs);
            kopGrijsRechts.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            bedrag = wb.createCellStyle();
            bedrag.setDataFormat(df.getFormat("#,##0.00"));
            bedragVet = wb.createCellStyle();
            bedragVet.setDataFormat(df.getFormat("#,##0.00"));
            bedragVet.setFont(vet);
            var rood = wb.createFont();
            rood.setBold(true);
            rood.setColor(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
            bedragAfwijking = wb.createCellStyle();
            bedragAfwijking.setDataFormat(df.getFormat("#,##0.00"));
            bedragAfwijking.setFont(rood);
            getal = wb.createCellStyle();
            getal.setDataFormat(df.getFormat("#,##0"));
            nummer = wb.createCellStyle();
            nummer.setDataFormat(df.getFormat("0"));
            nummer.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            datum = wb.createCellStyle();
            datum.setDataFormat(df.getFormat("yyyy-mm-dd"));
            datum.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            datumTijd = wb.createCellStyle();
            datumTijd.setDataFormat(df.getFormat("yyyy-mm-dd hh:mm:ss"));
            datumTijd.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            seconden = wb.createCellStyle();
            seconden.setDataFormat(df.getFormat("0.000"));
            exact = wb.createCellStyle();
            exact.setDataFormat(df.getFormat("0.##########"));
            tekst = wb.createCellStyle();
            tekst.setWrapText(true);
            tekst.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }

        CellStyle voor(Soort s) {
            return switch (s) {
                case BEDRAG -> bedrag;
                case GETAL -> getal;
                case NUMMER -> nummer;
                case DATUM -> datum;
                case DATUMTIJD -> datumTijd;
                case EXACT -> exact;
                case TEKST -> null;
            };
        }
    }

    /** Writes a value into a cell by kind: numbers as numbers, dates as dates; null leaves the cell empty. */
    static void zet(Row row, int col, Object o, Soort soort, Stijlen st) {
        if (o == null) {
            return;
        }
        Cell c = row.createCell(col);
        CellStyle style = st.voor(soort);
        if (o instanceof java.sql.Date d) {
            o = d.toLocalDate();
        } else if (o instanceof java.sql.Timestamp t) {
            o = t.toLocalDateTime();
        }
        if (o instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(st.datum);
            return;
        }
        if (o instanceof LocalDateTime d) {
            c.setCellValue(d);
            c.setCellStyle(st.datumTijd);
            return;
        }
        if (soort == Soort.TEKST || !(o instanceof Number) && !(o instanceof String)) {
            c.setCellValue(o.toString());
        } else if (o instanceof Number n) {
            c.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
        } else {
            try {
                c.setCellValue(new BigDecimal((String) o).doubleValue());
            } catch (NumberFormatException e) {
                c.setCellValue((String) o);
                return;
            }
        }
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    static String status(Object s) {
        if (s == null) {
            return "niet verwerkt";
        }
        return switch (s.toString()) {
            case "ACCEPTED" -> "geaccepteerd";
            case "HELD" -> "aangehouden";
            case "REFUSED" -> "geweigerd";
            default -> s.toString().toLowerCase(Locale.ROOT);
        };
    }

    // ---------------------------------------------------------------- Samenvatting

    /** Label and value rows in sections; the input files with their SHA-256 in a third column. */
    private static final class Blad {
        final Sheet s;
        final Stijlen st;
        int r;

        Blad(Sheet s, Stijlen st) {
            this.s = s;
            this.st = st;
        }

        void sectie(String titel) {
            if (r > 0) {
                r++;
            }
            Row row = s.createRow(r++);
            Cell c = row.createCell(0);
            c.setCellValue(titel);
            c.setCellStyle(st.kop);
        }

        Row regel(String label, Object waarde, Soort soort) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(label);
            zet(row, 1, waarde, soort, st);
            return row;
        }
    }

    private static void samenvatting(XSSFSheet s, Stijlen st, JdbcTemplate jdbc, String runId, Map<String, Object> json,
                                     LeveringReader.Koppen koppen) {
        s.setColumnWidth(0, 46 * 256);
        s.setColumnWidth(1, 50 * 256);
        s.setColumnWidth(2, 70 * 256);
        Blad b = new Blad(s, st);
        Row titel = s.createRow(b.r++);
        titel.createCell(0).setCellValue("Levering Premie en Gegevens: rapport van run " + runId);
        titel.getCell(0).setCellStyle(st.titel);

        Set<String> bekend = new java.util.HashSet<>();
        b.sectie("Run");
        b.regel("Run", json.get("runId"), Soort.TEKST);
        b.regel("Opdracht", json.get("command"), Soort.TEKST);
        b.regel("Peildatum", datum(json.get("peildatum")), Soort.DATUM);
        if (json.containsKey("leveringGeweigerd")) {
            b.regel("Levering als geheel geweigerd", Boolean.TRUE.equals(json.get("leveringGeweigerd")) ? "ja" : "nee",
                    Soort.TEKST);
        }
        bekend.addAll(List.of("runId", "command", "peildatum", "leveringGeweigerd"));

        if (koppen != null && koppen.levering() != null) {
            Levering l = koppen.levering();
            b.sectie("Levering");
            b.regel("Nummer leverancier", l.nummerLeverancier(), Soort.TEKST);
            b.regel("Periode levering", String.valueOf(l.periodeLevering()), Soort.TEKST);
            b.regel("Volgnummer", l.volgnummer(), Soort.NUMMER);
            b.regel("Aanmaak", l.aanmaak(), Soort.DATUMTIJD);
            b.regel("Soort", l.soort(), Soort.TEKST);
            b.regel("Administratieve eenheden", koppen.aes().size(), Soort.GETAL);
        }

        Map<?, ?> units = json.get("units") instanceof Map<?, ?> m ? m : Map.of();
        b.sectie("Eenheden (inkomstenverhoudingen)");
        long totaal = 0;
        for (String[] u : new String[][]{{"accepted", "Geaccepteerd"}, {"held", "Aangehouden (interne beoordeling)"},
                {"refused", "Geweigerd"}}) {
            Object v = units.get(u[0]);
            b.regel(u[1], v, Soort.GETAL);
            totaal += v instanceof Number n ? n.longValue() : 0;
        }
        b.regel("Totaal", totaal, Soort.GETAL).getCell(0).setCellStyle(st.kop);
        bekend.addAll(List.of("units", "heldUnits"));
        if (json.get("heldUnits") instanceof List<?> held && !held.isEmpty()) {
            b.regel("Aangehouden eenheden en hun redenen", "zie blad " + AANGEHOUDEN, Soort.TEKST);
        }

        Map<?, ?> perAard = json.get("signalsPerAard") instanceof Map<?, ?> m ? m : Map.of();
        b.sectie("Signalen per aard");
        long signalen = 0;
        for (String aard : AARDEN) {
            Object v = perAard.get(aard);
            b.regel(aardLabel(aard), v, Soort.GETAL);
            signalen += v instanceof Number n ? n.longValue() : 0;
        }
        b.regel("Totaal", signalen, Soort.GETAL).getCell(0).setCellStyle(st.kop);
        bekend.add("signalsPerAard");

        b.sectie("Geaccepteerde PVP's (som, zoals totals.csv)");
        Map<String, Object> som = jdbc.queryForMap("SELECT CAST(COALESCE(SUM(s.aantal), 0) AS SIGNED) aantal,"
                + " SUM(s.productloon) productloon, SUM(s.grondslag_aangeleverd) ga, SUM(s.grondslag_berekend) gb,"
                + " SUM(s.premie_aangeleverd) pa, SUM(s.premie_berekend) pb, SUM(s.premie_vastgesteld) pv FROM "
                + nl.lpg.batch.PvpSommen.GEACCEPTEERD, runId);
        b.regel("Aantal PVP's", som.get("aantal"), Soort.GETAL);
        b.regel("Productloon", nul(som.get("productloon")), Soort.BEDRAG);
        b.regel("Grondslag aangeleverd", nul(som.get("ga")), Soort.BEDRAG);
        b.regel("Grondslag berekend", nul(som.get("gb")), Soort.BEDRAG);
        b.regel("Premie aangeleverd", nul(som.get("pa")), Soort.BEDRAG);
        b.regel("Premie berekend", nul(som.get("pb")), Soort.BEDRAG);
        b.regel("Premie vastgesteld", nul(som.get("pv")), Soort.BEDRAG).getCell(1).setCellStyle(st.bedragVet);

        if (json.get("aes") instanceof List<?> aes && !aes.isEmpty()) {
            b.sectie("Administratieve eenheden: uitkomst");
            for (Object o : aes) {
                if (o instanceof Map<?, ?> ae) {
                    b.regel("AE " + ae.get("aeIndex") + ": aansluiting " + ae.get("aansluitnummer") + " ("
                            + ae.get("opdrachtgever") + ", tijdvak " + ae.get("datumAanvangTijdvak") + ")",
                            status(ae.get("status")), Soort.TEKST);
                }
            }
        }
        bekend.add("aes");

        if (json.get("inputs") instanceof List<?> inputs) {
            b.sectie("Invoerbestanden");
            Row h = s.createRow(b.r++);
            String[] koppenRij = {"Soort", "Bestand", "SHA-256"};
            for (int i = 0; i < koppenRij.length; i++) {
                h.createCell(i).setCellValue(koppenRij[i]);
                h.getCell(i).setCellStyle(st.kopTabel);
            }
            for (Object o : inputs) {
                if (o instanceof Map<?, ?> in) {
                    Row row = s.createRow(b.r++);
                    zet(row, 0, in.get("soort"), Soort.TEKST, st);
                    zet(row, 1, in.get("file"), Soort.TEKST, st);
                    zet(row, 2, in.get("sha256"), Soort.TEKST, st);
                }
            }
        }
        bekend.add("inputs");

        if (json.get("notEvaluated") instanceof List<?> ne && !ne.isEmpty()) {
            b.sectie("Regels niet geëvalueerd (bron ontbreekt)");
            for (Object o : ne) {
                if (o instanceof Map<?, ?> m) {
                    b.regel("BR" + m.get("regel"), m.get("reden"), Soort.TEKST);
                }
            }
        }
        bekend.add("notEvaluated");

        if (json.get("durationsMs") instanceof Map<?, ?> d && !d.isEmpty()) {
            b.sectie("Doorlooptijd per stap (seconden)");
            for (Map.Entry<?, ?> e : d.entrySet()) {
                Object ms = e.getValue();
                b.regel(String.valueOf(e.getKey()), ms instanceof Number n ? n.doubleValue() / 1000.0 : ms, Soort.TEKST)
                        .getCell(1).setCellStyle(st.seconden);
            }
        }
        bekend.add("durationsMs");

        if (json.get("insurer") instanceof Map<?, ?> ins) {
            b.sectie("Verzekeraar (a.s.r.-koppeling)");
            if (ins.get("derived") instanceof Map<?, ?> afgeleid) {
                for (Map.Entry<?, ?> e : afgeleid.entrySet()) {
                    b.regel("Mutaties afgeleid, status " + e.getKey(), e.getValue(), Soort.GETAL);
                }
            }
            b.regel("Vrijgegeven (eerder BLOCKED)", ins.get("released"), Soort.GETAL);
            b.regel("Nog BLOCKED (alle runs)", ins.get("blocked"), Soort.GETAL);
            b.regel("Portaalwerk", ins.get("portalItems"), Soort.GETAL);
        }
        bekend.add("insurer");

        // Anything else run.json carries: a scalar as it is, a structure as JSON (never Java's map syntax).
        List<Map.Entry<String, Object>> overig = json.entrySet().stream().filter(e -> !bekend.contains(e.getKey()))
                .toList();
        if (!overig.isEmpty()) {
            b.sectie("Overige gegevens uit run.json");
            for (Map.Entry<String, Object> e : overig) {
                Object v = e.getValue();
                boolean scalar = v == null || v instanceof Number || v instanceof String || v instanceof Boolean;
                Row row = b.regel(e.getKey(), scalar ? v : Json.write(v), v instanceof Number ? Soort.GETAL : Soort.TEKST);
                if (!scalar && row.getCell(1) != null) {
                    row.getCell(1).setCellStyle(st.tekst);
                }
            }
        }
        s.createFreezePane(0, 1);
    }

    static String aardLabel(String aard) {
        return switch (aard) {
            case "ONVERWERKBAAR" -> "Onverwerkbaar";
            case "ONWAARSCHIJNLIJK" -> "Onwaarschijnlijk";
            case "VERWERKBAAR" -> "Verwerkbaar";
            case "INTERNE_BEOORDELING" -> "Interne beoordeling";
            default -> aard;
        };
    }

    private static Object datum(Object o) {
        if (o instanceof String s) {
            try {
                return LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                return s;
            }
        }
        return o;
    }

    private static Object nul(Object o) {
        return o == null ? BigDecimal.ZERO : o;
    }

    // ---------------------------------------------------------------- Aangehouden

    /**
     * The held units with their own Interne beoordeling signals: an equality join on the signal's volgorde (the
     * primary key), so each unit costs one lookup whatever the number of signals in the run.
     */
    static final String AANGEHOUDEN_SQL = "SELECT u.volgnummer, a.aansluitnummer, a.opdrachtgever,"
            + " a.datum_aanvang_tijdvak, u.personeelsnummer, u.nummer_ikv, s.regel, s.aard, s.melding, u.ae_index"
            + " FROM run_unit u JOIN run_ae a ON a.run_id = u.run_id AND a.ae_index = u.ae_index"
            + " LEFT JOIN run_signal s ON s.run_id = u.run_id AND s.aard = 'INTERNE_BEOORDELING'"
            + " AND s.volgorde = u.ae_index * " + SignaalWriter.AE_STAP + " + u.volgnummer"
            + " WHERE u.run_id = ? AND u.status = 'HELD' ORDER BY u.volgnummer, s.seq";

    /** The Interne beoordeling signals of the AEs themselves (step 1 and the AE closing), few per run. */
    static final String AANGEHOUDEN_AE_SQL = "SELECT volgorde, regel, aard, melding FROM run_signal WHERE run_id = ?"
            + " AND aard = 'INTERNE_BEOORDELING' AND MOD(volgorde, " + SignaalWriter.AE_STAP + ") IN (0, "
            + (SignaalWriter.AE_STAP - 1) + ") ORDER BY volgorde, seq";

    private record Reden(String regel, String aard, String melding) {
    }

    /**
     * The held units, one row per reason (an Interne beoordeling signal of the unit or of its AE), in the order of
     * the signals: the AE's own (step 1), the unit's, the AE closing's; a unit held with its AE alone says so.
     */
    private static void aangehouden(SXSSFWorkbook wb, Stijlen st, JdbcTemplate jdbc, String runId) {
        Kolom[] k = {new Kolom("Volgnummer IKV in levering", Soort.NUMMER, 12),
                new Kolom("Aansluitnummer", Soort.TEKST, 16), new Kolom("Opdrachtgever", Soort.TEKST, 14),
                new Kolom("Tijdvak (aanvang)", Soort.DATUM, 13), new Kolom("Personeelsnummer", Soort.TEKST, 20),
                new Kolom("Nummer inkomstenverhouding", Soort.TEKST, 16), new Kolom("Regel", Soort.TEKST, 8),
                new Kolom("Aard", Soort.TEKST, 20), new Kolom("Reden (melding)", Soort.TEKST, 100)};
        Sheet s = kop(wb.createSheet(AANGEHOUDEN), st, k);
        Map<Long, List<Reden>> perAe = new java.util.HashMap<>();
        jdbc.query(AANGEHOUDEN_AE_SQL, rs -> {
            perAe.computeIfAbsent(rs.getLong(1), v -> new java.util.ArrayList<>())
                    .add(new Reden(rs.getString(2), rs.getString(3), rs.getString(4)));
        }, runId);
        int[] r = {1};
        Object[][] unit = {null};
        List<Reden> eigen = new java.util.ArrayList<>();
        Runnable schrijfUnit = () -> {
            if (unit[0] == null) {
                return;
            }
            long ae = ((Number) unit[0][6]).longValue() * SignaalWriter.AE_STAP;
            List<Reden> redenen = new java.util.ArrayList<>(perAe.getOrDefault(ae, List.of()));
            redenen.addAll(eigen);
            redenen.addAll(perAe.getOrDefault(ae + SignaalWriter.AE_STAP - 1, List.of()));
            if (redenen.isEmpty()) {
                redenen.add(null);
            }
            for (Reden reden : redenen) {
                Row row = s.createRow(r[0]++);
                for (int i = 0; i < 6; i++) {
                    zet(row, i, unit[0][i], k[i].soort(), st);
                }
                if (reden == null) {
                    for (int i = 6; i < 8; i++) {
                        zet(row, i, null, k[i].soort(), st);
                    }
                    row.createCell(8).setCellValue("aangehouden met de levering (geen eigen signaal)");
                } else {
                    zet(row, 6, reden.regel(), k[6].soort(), st);
                    zet(row, 7, reden.aard(), k[7].soort(), st);
                    zet(row, 8, reden.melding(), k[8].soort(), st);
                    row.getCell(7).setCellValue(aardLabel(reden.aard()));
                }
            }
            eigen.clear();
        };
        nl.lpg.support.Stromend.van(jdbc).query(AANGEHOUDEN_SQL, rs -> {
            Object volgnummer = rs.getObject(1);
            if (unit[0] == null || !unit[0][0].equals(volgnummer)) {
                schrijfUnit.run();
                unit[0] = new Object[]{volgnummer, rs.getObject(2), rs.getObject(3), rs.getObject(4), rs.getObject(5),
                        rs.getObject(6), rs.getObject(10)};
            }
            if (rs.getObject(7) != null) {
                eigen.add(new Reden(rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }, runId);
        schrijfUnit.run();
        afsluiten(s, r[0], k.length);
    }

    // ---------------------------------------------------------------- generic tables

    static Sheet kop(Sheet s, Stijlen st, Kolom[] k) {
        Row h = s.createRow(0);
        int regels = 1;
        for (int i = 0; i < k.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(k[i].kop());
            c.setCellStyle(st.kopTabel);
            s.setColumnWidth(i, k[i].breedte() * 256);
            // a wrapped header needs a taller row; a streamed sheet does not grow it by itself
            regels = Math.max(regels, (k[i].kop().length() + k[i].breedte() - 2) / Math.max(1, k[i].breedte() - 1));
        }
        h.setHeightInPoints(Math.min(4, regels) * 13f + 2);
        return s;
    }

    /** Printed (or converted to PDF) landscape and one page wide, as a person reads a report. */
    static void afdrukken(Sheet s) {
        s.setFitToPage(true);
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    static void afsluiten(Sheet s, int rijen, int kolommen) {
        s.createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rijen - 1), 0, kolommen - 1));
    }

    private static void tabel(SXSSFWorkbook wb, Stijlen st, JdbcTemplate jdbc, String naam, Kolom[] k, String sql,
                              String runId) {
        Sheet s = kop(wb.createSheet(naam), st, k);
        int[] r = {1};
        long[] weggelaten = {0};
        int laatste = wb.getSpreadsheetVersion().getLastRowIndex() - 1; // one row left for the note below
        nl.lpg.support.Stromend.van(jdbc).query(sql, rs -> {
            if (r[0] >= laatste) {
                weggelaten[0]++; // a sheet holds 1,048,576 rows; the CSV next to the report holds them all
                return;
            }
            Row row = s.createRow(r[0]++);
            for (int i = 0; i < k.length; i++) {
                zet(row, i, rs.getObject(i + 1), k[i].soort(), st);
            }
        }, runId);
        afsluiten(s, r[0], k.length);
        if (weggelaten[0] > 0) {
            s.createRow(r[0]).createCell(0).setCellValue(String.format(Locale.ROOT,
                    "%,d more rows than a sheet can hold: see the CSV file of this run", weggelaten[0]));
        }
    }

    // ---------------------------------------------------------------- helpers for the other sheets

    /** Product as an employer reads it: "OPNP" or "OPNP/variant". */
    static String product(String keuze, String variant) {
        return variant == null || variant.isBlank() ? keuze : keuze + "/" + variant.trim();
    }

    static String sleutel(String keuze, String variant) {
        return (keuze == null ? "" : keuze.trim().toUpperCase(Locale.ROOT)) + "|"
                + (variant == null ? "" : variant.trim().toUpperCase(Locale.ROOT));
    }
}
