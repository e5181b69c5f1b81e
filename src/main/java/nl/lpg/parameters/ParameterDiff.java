package nl.lpg.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every value that changes between two versions of the workbooks, for review before use ({@code diff-parameters OLD
 * NEW}). A record is identified by its sheet, key and (for dated sheets) ingang; lines are
 * <pre>
 * sheet key [ingang..einde] added: column=value, ...
 * sheet key [ingang..einde] removed: column=value, ...
 * sheet key [ingang..einde] column: old -> new
 * </pre>
 * in schema order of the sheets, then by key and ingang. An empty einde shows as {@code [2026-01-01..]}, an empty value
 * as {@code (empty)}. No lines means no differences.
 */
public final class ParameterDiff {
    private ParameterDiff() {
    }

    static final String LEEG = "(empty)";

    public static List<String> diff(ParameterSet oldSet, ParameterSet newSet) {
        return diff(oldSet.parameters(), oldSet.organisatie(), newSet.parameters(), newSet.organisatie());
    }

    public static List<String> diff(Parameters oldP, OrganisatieRegister oldO, Parameters newP,
                                    OrganisatieRegister newO) {
        List<String> out = new ArrayList<>();
        for (SheetSchema s : ParameterSheets.PARAMETERS) {
            out.addAll(diff(s, oldP.tables().get(s.name()), newP.tables().get(s.name())));
        }
        for (SheetSchema s : ParameterSheets.ORGANISATIE) {
            out.addAll(diff(s, oldO.tables().get(s.name()), newO.tables().get(s.name())));
        }
        return out;
    }

    /** The differences of one sheet; a missing table counts as an empty one. */
    public static List<String> diff(SheetSchema schema, ParameterTable oldT, ParameterTable newT) {
        Map<String, ParameterRow> oldRows = index(schema, oldT);
        Map<String, ParameterRow> newRows = index(schema, newT);
        TreeMap<String, Boolean> ids = new TreeMap<>(Comparator.naturalOrder());
        oldRows.keySet().forEach(k -> ids.put(k, true));
        newRows.keySet().forEach(k -> ids.put(k, true));
        List<String> out = new ArrayList<>();
        for (String id : ids.keySet()) {
            ParameterRow o = oldRows.get(id);
            ParameterRow n = newRows.get(id);
            if (o == null) {
                out.add(prefix(schema, n) + " added: " + waarden(schema, n));
            } else if (n == null) {
                out.add(prefix(schema, o) + " removed: " + waarden(schema, o));
            } else {
                for (Column c : schema.columns()) {
                    String ov = format(o.values().get(c.name()));
                    String nv = format(n.values().get(c.name()));
                    if (!Objects.equals(ov, nv)) {
                        out.add(prefix(schema, n) + " " + c.name() + ": " + ov + " -> " + nv);
                    }
                }
            }
        }
        return out;
    }

    /** Rows by identity: key (case-insensitive) and, for dated sheets, ingang; sortable as text. */
    private static Map<String, ParameterRow> index(SheetSchema schema, ParameterTable t) {
        Map<String, ParameterRow> m = new LinkedHashMap<>();
        if (t == null) {
            return m;
        }
        for (ParameterRow r : t.rows()) {
            String id = String.join("\u0000", t.keyOf(r));
            if (schema.dated()) {
                id += "\u0000" + (r.ingang() == null ? "" : r.ingang().toString());
            }
            m.putIfAbsent(id, r);
        }
        return m;
    }

    private static String prefix(SheetSchema schema, ParameterRow r) {
        StringBuilder sb = new StringBuilder(schema.name()).append(' ').append(sleutel(schema, r));
        if (schema.dated()) {
            sb.append(" [").append(r.ingang() == null ? "" : r.ingang()).append("..")
                    .append(r.einde() == null ? "" : r.einde()).append(']');
        }
        return sb.toString();
    }

    static String sleutel(SheetSchema schema, ParameterRow r) {
        return String.join("/", schema.key().stream().map(r::text).filter(v -> v != null && !v.isBlank()).toList());
    }

    private static String waarden(SheetSchema schema, ParameterRow r) {
        List<String> parts = new ArrayList<>();
        for (Column c : schema.columns()) {
            Object v = r.values().get(c.name());
            if (v != null && !schema.key().contains(c.name()) && !c.name().equals("ingang")
                    && !c.name().equals("einde")) {
                parts.add(c.name() + "=" + format(v));
            }
        }
        return parts.isEmpty() ? "(no values)" : String.join(", ", parts);
    }

    static String format(Object v) {
        if (v == null) {
            return LEEG;
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof Boolean b) {
            return b ? "J" : "N";
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }
}
