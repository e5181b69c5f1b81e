package nl.lpg.parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code check-parameters} prints for valid workbooks: per workbook its file and SHA-256, per sheet the number of
 * rows and keys and the range of validity (first ingang .. last einde, "open" when a row has no einde), and per
 * opdrachtgever of sheet Opdrachtgevers its products with the formula type of BR167 and their validity, so an analyst
 * sees at once which fund has no product (a delivery for it could not be computed).
 */
public final class ParameterSummary {
    private ParameterSummary() {
    }

    public static String text(ParameterSet set) {
        return String.join(System.lineSeparator(), lines(set)) + System.lineSeparator();
    }

    public static List<String> lines(ParameterSet set) {
        List<String> out = new ArrayList<>();
        out.add("Parameters in " + set.directory() + ": valid");
        out.add(ParameterSet.PARAMETERS_FILE + "  sha256 " + set.parameters().sha256());
        sheets(ParameterSheets.PARAMETERS, set.parameters().tables(), out);
        producten(set.parameters(), out);
        out.add(ParameterSet.ORGANISATIE_FILE + "  sha256 " + set.organisatie().sha256());
        sheets(ParameterSheets.ORGANISATIE, set.organisatie().tables(), out);
        return out;
    }

    private static void sheets(List<SheetSchema> schemas, Map<String, ParameterTable> tables, List<String> out) {
        for (SheetSchema s : schemas) {
            ParameterTable t = tables.get(s.name());
            out.add("  " + line(s, t == null ? List.of() : t.rows(), t));
        }
    }

    /**
     * "Producten per opdrachtgever": one line per opdrachtgever, every productkeuze[/variant] with its soortGrondslag
     * and validity per row of Productvarianten, e.g. {@code ABP  AAOP T 2025-01-01..2025-12-31, T 2026-01-01..open}.
     */
    static void producten(Parameters p, List<String> out) {
        out.add("  Producten per opdrachtgever (Productvarianten: productkeuze[/variant] soortGrondslag geldigheid):");
        java.util.Set<String> fondsen = new java.util.TreeSet<>();
        p.table(ParameterSheets.OPDRACHTGEVERS.name()).rows().forEach(r -> fondsen.add(r.text("opdrachtgever")));
        Map<String, Map<String, List<String>>> perFonds = new java.util.TreeMap<>();
        for (ParameterRow r : p.table(ParameterSheets.PRODUCTVARIANTEN.name()).rows()) {
            String variant = r.text("productvariant");
            String product = r.text("productkeuze") + (variant == null || variant.isBlank() ? "" : "/" + variant);
            perFonds.computeIfAbsent(r.text("opdrachtgever"), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(product, k -> new ArrayList<>())
                    .add(r.text("soortGrondslag") + " " + r.ingang() + ".." + (r.einde() == null ? "open" : r.einde()));
        }
        for (String og : fondsen) {
            Map<String, List<String>> producten = perFonds.getOrDefault(og, Map.of());
            if (producten.isEmpty()) {
                out.add(String.format("    %-11s geen producten", og));
                continue;
            }
            for (Map.Entry<String, List<String>> e : producten.entrySet()) {
                List<String> perioden = new ArrayList<>(e.getValue());
                java.util.Collections.sort(perioden, java.util.Comparator.comparing(x -> x.substring(2)));
                out.add(String.format("    %-11s %-8s %s", og, e.getKey(), String.join(", ", perioden)));
            }
        }
    }

    static String line(SheetSchema s, List<ParameterRow> rows, ParameterTable t) {
        long keys = t == null ? 0 : rows.stream().map(t::keyOf).distinct().count();
        String head = String.format("%-24s %7d rows %7d keys", s.name(), rows.size(), keys);
        if (!s.dated()) {
            return head + "   not dated";
        }
        if (rows.isEmpty()) {
            return head + "   no rows";
        }
        LocalDate first = null;
        LocalDate last = null;
        boolean open = false;
        for (ParameterRow r : rows) {
            if (r.ingang() != null && (first == null || r.ingang().isBefore(first))) {
                first = r.ingang();
            }
            if (r.einde() == null) {
                open = true;
            } else if (last == null || r.einde().isAfter(last)) {
                last = r.einde();
            }
        }
        return head + "   valid " + first + " .. " + (open ? "open" : String.valueOf(last));
    }
}
