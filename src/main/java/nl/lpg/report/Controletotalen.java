package nl.lpg.report;

import nl.lpg.batch.Json;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.delivery.LeveringReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The controletotalen sheet: per AE and for the delivery as a whole, each collectieve aangifte as delivered against
 * the sum of the accepted PVPs of the same product (productkeuze and productvariant), with the difference
 * (aangifte minus som). A product with accepted PVPs but no aangifte gets a row of its own without aangifte and
 * without difference.
 */
final class Controletotalen {

    /** One quantity of the aangifte and the PVP column it is reconciled with (as BR130-BR135, BR358, BR382 do). */
    private record Grootheid(String aangifte, String pvp, Function<CollectieveAangifte, BigDecimal> waarde) {
    }

    private static final List<Grootheid> GROOTHEDEN = List.of(
            new Grootheid("Pensioengevend loon", "Productloon", CollectieveAangifte::pensioengevendLoon),
            new Grootheid("Premiegrondslag", "Premiegrondslag", CollectieveAangifte::premiegrondslag),
            new Grootheid("Premie", "Premie", CollectieveAangifte::premie),
            new Grootheid("Productloon incidenteel", "Productloon incidenteel",
                    CollectieveAangifte::productloonIncidenteel));

    /** Sums of the accepted PVPs of one product: count, productloon, grondslag, premie, productloon incidenteel. */
    private static final class Som {
        String productkeuze;
        String productvariant;
        long aantal;
        final BigDecimal[] bedragen = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};

        void tel(long n, BigDecimal... b) {
            aantal += n;
            for (int i = 0; i < b.length; i++) {
                if (b[i] != null) {
                    bedragen[i] = bedragen[i].add(b[i]);
                }
            }
        }
    }

    private Controletotalen() {
    }

    static void schrijf(XSSFSheet s, RapportXlsx.Stijlen st, JdbcTemplate jdbc, String runId,
                        LeveringReader.Koppen koppen) {
        List<RapportXlsx.Kolom> k = new ArrayList<>(List.of(new RapportXlsx.Kolom("Niveau", RapportXlsx.Soort.TEKST, 10),
                new RapportXlsx.Kolom("AE", RapportXlsx.Soort.NUMMER, 6),
                new RapportXlsx.Kolom("Aansluitnummer", RapportXlsx.Soort.TEKST, 16),
                new RapportXlsx.Kolom("Opdrachtgever", RapportXlsx.Soort.TEKST, 14),
                new RapportXlsx.Kolom("Tijdvak (aanvang)", RapportXlsx.Soort.DATUM, 12),
                new RapportXlsx.Kolom("Status AE", RapportXlsx.Soort.TEKST, 13),
                new RapportXlsx.Kolom("Productkeuze", RapportXlsx.Soort.TEKST, 13),
                new RapportXlsx.Kolom("Productvariant", RapportXlsx.Soort.TEKST, 15),
                new RapportXlsx.Kolom("PVP's geaccepteerd", RapportXlsx.Soort.GETAL, 13)));
        for (Grootheid g : GROOTHEDEN) {
            k.add(new RapportXlsx.Kolom(g.aangifte() + " (collectieve aangifte)", RapportXlsx.Soort.BEDRAG, 17));
            k.add(new RapportXlsx.Kolom(g.pvp() + " (som geaccepteerde PVP's)", RapportXlsx.Soort.BEDRAG, 17));
            k.add(new RapportXlsx.Kolom("Verschil " + g.aangifte().toLowerCase(), RapportXlsx.Soort.BEDRAG, 15));
        }
        RapportXlsx.Kolom[] kolommen = k.toArray(RapportXlsx.Kolom[]::new);
        RapportXlsx.kop(s, st, kolommen);

        // accepted sums per AE and product, and for the delivery per product
        Map<Integer, Map<String, Som>> perAe = new HashMap<>();
        Map<String, Som> levering = new TreeMap<>();
        jdbc.query("SELECT s.ae_index, s.productkeuze, s.productvariant, SUM(s.aantal), SUM(s.productloon),"
                + " SUM(s.grondslag_aangeleverd), SUM(s.premie_aangeleverd), SUM(s.productloon_incidenteel)"
                + " FROM " + nl.lpg.batch.PvpSommen.GEACCEPTEERD
                + " GROUP BY s.ae_index, s.productkeuze, s.productvariant",
                rs -> {
                    String pk = rs.getString(2);
                    String pv = rs.getString(3);
                    BigDecimal[] b = {rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)};
                    for (Map<String, Som> m : List.of(perAe.computeIfAbsent(rs.getInt(1), x -> new TreeMap<>()),
                            levering)) {
                        Som som = m.computeIfAbsent(RapportXlsx.sleutel(pk, pv), x -> new Som());
                        som.productkeuze = pk;
                        som.productvariant = pv;
                        som.tel(rs.getLong(4), b);
                    }
                }, runId);

        int[] r = {1};
        List<Map<String, Object>> aes = jdbc.queryForList("SELECT ae_index, status, payload FROM run_ae WHERE run_id = ?"
                + " ORDER BY ae_index", runId);
        Map<Integer, String> status = new HashMap<>();
        Map<Integer, AeInhoud> inhoud = new LinkedHashMap<>();
        for (Map<String, Object> ae : aes) {
            int i = ((Number) ae.get("ae_index")).intValue();
            status.put(i, (String) ae.get("status"));
            inhoud.put(i, Json.read((String) ae.get("payload"), AeInhoud.class));
        }
        if (inhoud.isEmpty() && koppen != null) {
            koppen.aes().forEach(a -> inhoud.put(a.ae().index(), a));
        }
        for (Map.Entry<Integer, AeInhoud> e : inhoud.entrySet()) {
            var ae = e.getValue().ae();
            Object[] vast = {"AE", e.getKey(), ae.aansluitnummer(), ae.opdrachtgever(),
                    ae.datumAanvangTijdvak() == null ? null : Date.valueOf(ae.datumAanvangTijdvak()),
                    RapportXlsx.status(status.get(e.getKey()))};
            rijen(s, st, kolommen, r, vast, e.getValue().collectieveAangiften(),
                    perAe.getOrDefault(e.getKey(), Map.of()));
        }
        if (koppen != null) {
            Object[] vast = {"levering", null, null, null, null, null};
            rijen(s, st, kolommen, r, vast, koppen.collectieveAangiftenLevering(), levering);
        }
        RapportXlsx.afsluiten(s, r[0], kolommen.length);

        int n = r[0] + 1;
        for (String uitleg : List.of(
                "Verschil = collectieve aangifte min de som over de geaccepteerde PVP's van hetzelfde product"
                        + " (productkeuze en productvariant); een leeg bedrag in de aangifte telt als 0.",
                "Een product met geaccepteerde PVP's zonder collectieve aangifte staat er zonder aangifte en zonder"
                        + " verschil; een AE die geweigerd of aangehouden is heeft geen geaccepteerde PVP's.",
                "De controles BR130-BR135, BR358 en BR382 vergelijken de aangifte met alle geleverde PVP's,"
                        + " binnen de marge van het blad Marges; zie signals.csv voor hun uitkomst.",
                koppen == null ? "De levering kon niet opnieuw gelezen worden: de collectieve aangifte op"
                        + " leveringniveau ontbreekt hier." : "")) {
            if (!uitleg.isEmpty()) {
                s.createRow(n++).createCell(0).setCellValue(uitleg);
            }
        }
    }

    /** The rows of one AE (or the delivery): every aangifte in delivered order, then products without aangifte. */
    private static void rijen(XSSFSheet s, RapportXlsx.Stijlen st, RapportXlsx.Kolom[] k, int[] r, Object[] vast,
                              List<CollectieveAangifte> aangiften, Map<String, Som> sommen) {
        Map<String, Som> over = new TreeMap<>(sommen);
        for (CollectieveAangifte a : aangiften) {
            Som som = over.remove(RapportXlsx.sleutel(a.productkeuze(), a.productvariant()));
            rij(s, st, k, r, vast, a.productkeuze(), a.productvariant(), a, som);
        }
        for (Som som : over.values()) {
            rij(s, st, k, r, vast, som.productkeuze, som.productvariant, null, som);
        }
    }

    private static void rij(XSSFSheet s, RapportXlsx.Stijlen st, RapportXlsx.Kolom[] k, int[] r, Object[] vast,
                            String productkeuze, String productvariant, CollectieveAangifte a, Som som) {
        Row row = s.createRow(r[0]++);
        int c = 0;
        for (Object o : vast) {
            RapportXlsx.zet(row, c, o, k[c].soort(), st);
            c++;
        }
        RapportXlsx.zet(row, c++, productkeuze, RapportXlsx.Soort.TEKST, st);
        RapportXlsx.zet(row, c++, productvariant, RapportXlsx.Soort.TEKST, st);
        RapportXlsx.zet(row, c++, som == null ? 0L : som.aantal, RapportXlsx.Soort.GETAL, st);
        for (int g = 0; g < GROOTHEDEN.size(); g++) {
            BigDecimal aangegeven = a == null ? null : GROOTHEDEN.get(g).waarde().apply(a);
            BigDecimal totaal = som == null ? BigDecimal.ZERO : som.bedragen[g];
            RapportXlsx.zet(row, c++, aangegeven, RapportXlsx.Soort.BEDRAG, st);
            RapportXlsx.zet(row, c++, totaal, RapportXlsx.Soort.BEDRAG, st);
            if (a != null) {
                BigDecimal verschil = (aangegeven == null ? BigDecimal.ZERO : aangegeven).subtract(totaal);
                RapportXlsx.zet(row, c, verschil, RapportXlsx.Soort.BEDRAG, st);
                if (verschil.signum() != 0) {
                    Cell cell = row.getCell(c);
                    cell.setCellStyle(st.bedragAfwijking);
                }
            }
            c++;
        }
    }
}
