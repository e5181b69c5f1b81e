package nl.lpg.parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Days of a run's period for which a value the run needs is missing: an opdrachtgever without an Opdrachtgevers row
 * (e.g. a row missing between two validity periods), or a rule whose {@code *} rows stop or leave a hole. A rule's
 * {@code *} rows are required from their first ingang on: a rule that starts later simply does not run before, and
 * a rule that must stop gets a row with actief N rather than an einde.
 */
final class Gaten {
    private Gaten() {
    }

    static List<String> gaten(Parameters p, LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            throw new IllegalArgumentException("tot " + tot + " lies before van " + van);
        }
        List<String> out = new ArrayList<>();
        ParameterTable og = p.table(ParameterSheets.OPDRACHTGEVERS.name());
        for (Map.Entry<String, List<ParameterRow>> e : groep(og, "opdrachtgever").entrySet()) {
            for (String gat : gaten(og, e.getValue(), van, tot)) {
                out.add(gat.replace("%s", "opdrachtgever " + e.getKey()));
            }
        }
        ParameterTable regels = p.table(ParameterSheets.REGELS.name());
        Map<String, List<ParameterRow>> sterren = new LinkedHashMap<>();
        for (ParameterRow r : regels.rows()) {
            if ("*".equals(r.text("opdrachtgever")) && r.ingang() != null) {
                sterren.computeIfAbsent(r.text("regel"), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, List<ParameterRow>> e : sterren.entrySet()) {
            LocalDate eerste = e.getValue().stream().map(ParameterRow::ingang).min(Comparator.naturalOrder())
                    .orElseThrow();
            LocalDate vanaf = eerste.isAfter(van) ? eerste : van;
            if (vanaf.isAfter(tot)) {
                continue;
            }
            for (String gat : gaten(regels, e.getValue(), vanaf, tot)) {
                out.add(gat.replace("%s", "rule " + e.getKey() + " (opdrachtgever *)"));
            }
        }
        return out;
    }

    private static Map<String, List<ParameterRow>> groep(ParameterTable t, String column) {
        Map<String, List<ParameterRow>> m = new LinkedHashMap<>();
        for (ParameterRow r : t.rows()) {
            if (r.ingang() != null && r.text(column) != null) {
                m.computeIfAbsent(r.text(column), k -> new ArrayList<>()).add(r);
            }
        }
        return m;
    }

    /** Uncovered stretches of [van, tot], each as a line with %s for what is missing. */
    private static List<String> gaten(ParameterTable t, List<ParameterRow> rows, LocalDate van, LocalDate tot) {
        List<ParameterRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(ParameterRow::ingang));
        List<String> out = new ArrayList<>();
        LocalDate next = van; // first day not yet known to be covered
        ParameterRow vorige = null;
        for (ParameterRow r : sorted) {
            if (next.isAfter(tot)) {
                break;
            }
            if (r.einde() != null && r.einde().isBefore(next)) {
                vorige = r;
                continue;
            }
            if (r.ingang().isAfter(next)) {
                LocalDate eind = r.ingang().minusDays(1).isBefore(tot) ? r.ingang().minusDays(1) : tot;
                String cel = vorige == null ? t.cel(r, "ingang") : t.cel(vorige, "einde");
                out.add(cel + ": %s has no row for " + next + ".." + eind);
            }
            vorige = r;
            if (r.einde() == null) {
                return out;
            }
            if (!r.einde().isBefore(next)) {
                next = r.einde().plusDays(1);
            }
        }
        if (!next.isAfter(tot)) {
            String cel = vorige == null ? t.schema().name() + "!A1" : t.cel(vorige, "einde");
            out.add(cel + ": %s has no row for " + next + ".." + tot);
        }
        return out;
    }
}
