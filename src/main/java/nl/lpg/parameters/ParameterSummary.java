package nl.lpg.parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code check-parameters} prints for valid workbooks: per workbook its file and SHA-256, per sheet the number of
 * rows and keys and the range of validity (first ingang .. last einde, "open" when a row has no einde).
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
