package nl.lpg.parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of one sheet, indexed by key. A dated lookup is a hash lookup on the key and a binary search on
 * {@code ingang}; rows of one key never overlap (the loader refuses that), so at most one row is valid on a date.
 */
public final class ParameterTable {

    private final SheetSchema schema;
    private final List<ParameterRow> rows;
    private final Map<List<String>, List<ParameterRow>> byKey = new HashMap<>();
    private final Map<String, Integer> columnIndex;

    public ParameterTable(SheetSchema schema, List<ParameterRow> rows) {
        this(schema, rows, Map.of());
    }

    /**
     * A table as read from a workbook, with the 0-based position of each column in it, so that messages point at the
     * real cell even when the analyst put the columns in another order.
     */
    public ParameterTable(SheetSchema schema, List<ParameterRow> rows, Map<String, Integer> columnIndex) {
        this.schema = schema;
        this.rows = List.copyOf(rows);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < schema.columns().size(); i++) {
            idx.put(schema.columns().get(i).name(), i);
        }
        idx.putAll(columnIndex);
        this.columnIndex = Map.copyOf(idx);
        for (ParameterRow row : rows) {
            byKey.computeIfAbsent(keyOf(row), k -> new ArrayList<>()).add(row);
        }
        if (schema.dated()) {
            Comparator<ParameterRow> byIngang = Comparator.comparing(ParameterRow::ingang,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            byKey.values().forEach(l -> l.sort(byIngang));
        }
    }

    public SheetSchema schema() {
        return schema;
    }

    public List<ParameterRow> rows() {
        return rows;
    }

    /** Rows with a cell that could not be read; checks across cells leave them alone to avoid follow-up faults. */
    private final java.util.Set<Integer> rowsWithFaults = new java.util.HashSet<>();

    void markFaulty(int rowNumber) {
        rowsWithFaults.add(rowNumber);
    }

    boolean faulty(ParameterRow row) {
        return rowsWithFaults.contains(row.rowNumber());
    }

    /** The cell of a row's column as {@code sheet!C5}, for messages. */
    public String cel(ParameterRow row, String column) {
        Integer ci = columnIndex.get(column);
        return schema.name() + "!" + new org.apache.poi.ss.util.CellReference(row.rowNumber() - 1, ci == null ? 0 : ci)
                .formatAsString(false);
    }

    List<String> keyOf(ParameterRow row) {
        List<String> k = new ArrayList<>(schema.key().size());
        for (String c : schema.key()) {
            k.add(normalize(row.text(c)));
        }
        return k;
    }

    private static String normalize(String s) {
        if (s == null) {
            return "";
        }
        // most keys asked for are codes as the workbook spells them already ("ABP", "OPNP"): no copy for those
        // (trimming and upper-casing every key was 2% of the IKV step, issue 10)
        int n = s.length();
        boolean al = n == 0 || (s.charAt(0) > ' ' && s.charAt(n - 1) > ' ');
        for (int i = 0; al && i < n; i++) {
            char c = s.charAt(i);
            al = c < 128 ? !(c >= 'a' && c <= 'z') : false;
        }
        return al ? s : s.trim().toUpperCase(Locale.ROOT);
    }

    /** Every row with this key, oldest ingang first. */
    public List<ParameterRow> all(String... key) {
        return Collections.unmodifiableList(byKey.getOrDefault(key(key), List.of()));
    }

    /** The row with this key valid on the date, if any. For an undated sheet the date is ignored. */
    public Optional<ParameterRow> find(LocalDate date, String... key) {
        // The rules ask the same few questions for every IKV (the opdrachtgever's franchise, a product's percentage on
        // the tijdvak's date): the answer is kept, the question as asked (issue 10: the key's normalisation, its list
        // and the binary search were 5% of the IKV step). Bounded: a rule that asks per birth date starts it over.
        Vraag v = key.length <= 3 ? new Vraag(date, key.length, key.length > 0 ? key[0] : null,
                key.length > 1 ? key[1] : null, key.length > 2 ? key[2] : null) : null;
        if (v != null) {
            Optional<ParameterRow> antwoord = antwoorden.get(v);
            if (antwoord == null) {
                antwoord = zoek(date, key);
                if (antwoorden.size() >= MAX_ANTWOORDEN) {
                    antwoorden.clear();
                }
                antwoorden.put(v, antwoord);
            }
            return antwoord;
        }
        return zoek(date, key);
    }

    /** A question to {@link #find} with up to three key values, as asked (before normalisation). */
    private record Vraag(LocalDate date, int n, String k0, String k1, String k2) {
    }

    private static final int MAX_ANTWOORDEN = 4096;

    private final java.util.concurrent.ConcurrentHashMap<Vraag, Optional<ParameterRow>> antwoorden =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<ParameterRow> zoek(LocalDate date, String... key) {
        List<ParameterRow> candidates = byKey.get(key(key));
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        if (!schema.dated()) {
            return Optional.of(candidates.get(0));
        }
        int lo = 0;
        int hi = candidates.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LocalDate ingang = candidates.get(mid).ingang();
            if (ingang == null || !ingang.isAfter(date)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return Optional.empty();
        }
        ParameterRow row = candidates.get(found);
        return row.geldigOp(date) ? Optional.of(row) : Optional.empty();
    }

    /**
     * As {@link #find}, but a key position may also match the wildcard {@code *}: the exact key first, then every
     * combination with more wildcards (fewer wildcards and wildcards further right first), so the most specific
     * row wins.
     */
    public Optional<ParameterRow> findWithWildcard(LocalDate date, String... key) {
        int n = key.length;
        for (int m : wildcardVolgorde(n)) {
            String[] k = Arrays.copyOf(key, n);
            for (int i = 0; i < n; i++) {
                if ((m & (1 << i)) != 0) {
                    k[i] = "*";
                }
            }
            Optional<ParameterRow> r = find(date, k);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** Per key length: the wildcard masks in the order {@link #findWithWildcard} tries them (made once, not per lookup). */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, int[]> WILDCARD_VOLGORDE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static int[] wildcardVolgorde(int n) {
        return WILDCARD_VOLGORDE.computeIfAbsent(n, x -> {
            List<Integer> masks = new ArrayList<>();
            for (int m = 0; m < (1 << n); m++) {
                masks.add(m);
            }
            // weight: a wildcard on the left counts more, so "*" on the right is tried first
            masks.sort(Comparator.comparingInt(Integer::bitCount).thenComparingInt(m -> {
                int w = 0;
                for (int i = 0; i < n; i++) {
                    if ((m & (1 << i)) != 0) {
                        w += 1 << (n - 1 - i);
                    }
                }
                return w;
            }));
            return masks.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    private List<String> key(String... key) {
        List<String> k = new ArrayList<>(key.length);
        for (String s : key) {
            k.add(normalize(s));
        }
        return k;
    }
}
