package nl.lpg.batch;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Intrekking;
import nl.lpg.rules.IkvOverzicht;
import nl.lpg.rules.IkvOverzichten;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link IkvOverzichten} over what the IKV step staged in {@code run_unit}: the comparing AE rules ask SQL, so memory
 * holds the answers (doubles, the IKVs named by intrekkingen) and never the whole delivery. The IKVs of one AE are a
 * contiguous range of volgnummers (the delivery is read in order), so an AE's questions read only its own rows.
 */
public class GestagedeIkvs implements IkvOverzichten {

    private final JdbcTemplate jdbc;
    private final String runId;
    private final int helftenVanaf;
    /** volgnummer range per AE index: {first, last}. */
    private final Map<Integer, int[]> bereik = new HashMap<>();
    /** AE indexes per aansluitnummer (trimmed). */
    private final Map<String, List<Integer>> aesPerAansluiting = new HashMap<>();
    private final Collection<AeInhoud> aes;
    private Map<String, List<IkvOverzicht>> bijIntrekking;

    public GestagedeIkvs(JdbcTemplate jdbc, String runId, Collection<AeInhoud> aes) {
        this(jdbc, runId, aes, HELFTEN_VANAF);
    }

    /** As above; an AE of {@code helftenVanaf} IKVs or more is asked in two halves side by side ({@link #inHelften}). */
    public GestagedeIkvs(JdbcTemplate jdbc, String runId, Collection<AeInhoud> aes, int helftenVanaf) {
        this.helftenVanaf = helftenVanaf;
        this.jdbc = jdbc;
        this.runId = runId;
        this.aes = aes;
        // The IKVs are numbered in file order across the AEs, so each AE's range follows from the IKV counts of step 1
        // (no pass over a million staged rows to find it, issue 10).
        int volgende = 1;
        for (AeInhoud ae : aes.stream().sorted(java.util.Comparator.comparingInt(a -> a.ae().index())).toList()) {
            if (ae.aantalIkv() > 0) {
                bereik.put(ae.ae().index(), new int[]{volgende, volgende + ae.aantalIkv() - 1});
            }
            volgende += ae.aantalIkv();
        }
        for (AeInhoud ae : aes) {
            aesPerAansluiting.computeIfAbsent(t(ae.ae().aansluitnummer()), k -> new ArrayList<>()).add(ae.ae().index());
        }
    }

    /** The volgnummers {first, last} of the IKVs of this AE, or null when it has none. */
    public int[] bereik(int aeIndex) {
        return bereik.get(aeIndex);
    }

    @Override
    public List<IkvOverzicht> metSleutel(String aansluitnummer, String personeelsnummer, String nummer) {
        if (bijIntrekking == null) {
            bijIntrekking = laadBijIntrekkingen();
        }
        return bijIntrekking.getOrDefault(t(personeelsnummer) + "|" + t(nummer), List.of()).stream()
                .filter(o -> o.zelfdeIkv(aansluitnummer, personeelsnummer, nummer)).toList();
    }

    /** One pass over the run's IKVs for every personeelsnummer named by an intrekking (bounded by the intrekkingen). */
    private Map<String, List<IkvOverzicht>> laadBijIntrekkingen() {
        Set<String> nummers = new LinkedHashSet<>();
        for (AeInhoud ae : aes) {
            for (Intrekking i : ae.intrekkingen()) {
                if (i.personeelsnummer() != null) {
                    nummers.add(i.personeelsnummer().trim());
                }
            }
        }
        Map<String, List<IkvOverzicht>> m = new HashMap<>();
        List<String> lijst = new ArrayList<>(nummers);
        for (int van = 0; van < lijst.size(); van += 1000) {
            List<String> deel = lijst.subList(van, Math.min(lijst.size(), van + 1000));
            List<Object> args = new ArrayList<>();
            args.add(runId);
            args.addAll(deel);
            jdbc.query("SELECT overzicht FROM run_unit WHERE run_id = ? AND TRIM(personeelsnummer) IN ("
                    + "?,".repeat(deel.size() - 1) + "?) ORDER BY volgnummer", rs -> {
                IkvOverzicht o = Json.read(rs.getString(1), IkvOverzicht.class);
                m.computeIfAbsent(t(o.personeelsnummer()) + "|" + t(o.nummer()), k -> new ArrayList<>()).add(o);
            }, args.toArray());
        }
        return m;
    }

    @Override
    public List<IkvOverzicht> metGedeeldeSleutel(String aansluitnummer) {
        List<int[]> bereiken = aesPerAansluiting.getOrDefault(t(aansluitnummer), List.of()).stream()
                .map(bereik::get).filter(java.util.Objects::nonNull).toList();
        if (bereiken.isEmpty()) {
            return List.of();
        }
        String binnen = "(" + String.join(" OR ", java.util.Collections.nCopies(bereiken.size(),
                "volgnummer BETWEEN ? AND ?")) + ")";
        List<Object> args = new ArrayList<>();
        args.add(runId);
        bereiken.forEach(b -> { args.add(b[0]); args.add(b[1]); });
        args.add(runId);
        bereiken.forEach(b -> { args.add(b[0]); args.add(b[1]); });
        // Grouped by a checksum of the key, not the key itself: a million keys in a temporary table went to disk
        // (issue 10). Equal keys have equal checksums, so every double is found; a key that shares its checksum by
        // chance comes along too, and the rule, which compares the keys themselves, passes it by.
        String sleutel = "CRC32(CONCAT(TRIM(personeelsnummer), '|', TRIM(nummer_ikv)))";
        int aantal = bereiken.stream().mapToInt(b -> b[1] - b[0] + 1).sum();
        return inHelften(aantal, helft -> "SELECT volgnummer, overzicht FROM run_unit WHERE run_id = ? AND " + binnen
                + helft.apply(sleutel) + " AND " + sleutel + " IN (SELECT " + sleutel + " FROM run_unit"
                + " WHERE run_id = ? AND " + binnen + helft.apply(sleutel) + " GROUP BY 1 HAVING COUNT(*) > 1)"
                + " ORDER BY volgnummer", args);
    }

    @Override
    public List<IkvOverzicht> metGedeeldPersoneelsnummer(int aeIndex) {
        int[] b = bereik.get(aeIndex);
        if (b == null) {
            return List.of();
        }
        // Only personeelsnummers used for more than one distinct person can break BR365; the rule decides. Grouped by
        // a checksum of the personeelsnummer, and "more than one person" as a lowest and highest that differ: no
        // temporary table of every personeelsnummer with its persons (issue 10). A personeelsnummer that shares its
        // checksum by chance only adds IKVs the rule looks at and passes by.
        // The persons are compared by a SHA-256 of their bytes, 32 bytes a value, not by the text: MIN and MAX of a
        // VARCHAR(400) made every group about 3 KB wide in the temporary table, which at 1,000,000 IKVs went from
        // memory to disk and was most of the AE closing (issue 10). Bytes, not the column's collation: that folds
        // accents and case, and BR365 tells Müller from Muller; a pair that differs only there is now asked about
        // and the rule decides, where before the pair was never seen.
        String nummer = "CRC32(TRIM(personeelsnummer))";
        String persoon = "UNHEX(SHA2(persoon, 256))";
        return inHelften(b[1] - b[0] + 1, helft -> "SELECT volgnummer, overzicht FROM run_unit WHERE run_id = ?"
                + " AND volgnummer BETWEEN ? AND ?" + helft.apply(nummer) + " AND " + nummer + " IN (SELECT " + nummer
                + " FROM run_unit WHERE run_id = ? AND volgnummer BETWEEN ? AND ?" + helft.apply(nummer)
                + " AND persoon IS NOT NULL GROUP BY 1 HAVING MIN(" + persoon + ") <> MAX(" + persoon + "))"
                + " ORDER BY volgnummer",
                List.of(runId, b[0], b[1], runId, b[0], b[1]));
    }

    /** Below this many IKVs a question is asked in one query. */
    static final int HELFTEN_VANAF = 20_000;

    /**
     * Asks a question over the staged IKVs: in one query, or for a large AE as two queries side by side, each over the
     * keys whose checksum has one parity ({@code sql} is given the condition that picks a half of a checksum). The
     * database answers a query on one core while the AE closing waits, and the GROUP BY of a million keys was most of
     * that step (issue 10: 11.4 s for the whole at 1,000,000 IKVs, 5.5 s for a half). Equal keys have equal
     * checksums, so a group is never split; the halves' rows are merged in volgnummer order, as one query gives them.
     * The second half runs on a connection of its own, outside the step's transaction: it reads what the IKV step
     * committed, as the first does.
     */
    private List<IkvOverzicht> inHelften(int aantal, java.util.function.Function<
            java.util.function.UnaryOperator<String>, String> sql, List<Object> args) {
        if (aantal < helftenVanaf) {
            return lees(sql.apply(x -> ""), args).stream().map(java.util.Map.Entry::getValue).toList();
        }
        var tweede = nl.lpg.support.EigenDraad.start("ae-afsluiting-helft",
                () -> lees(sql.apply(x -> " AND " + x + " % 2 = 1"), args));
        List<java.util.Map.Entry<Integer, IkvOverzicht>> a = lees(sql.apply(x -> " AND " + x + " % 2 = 0"), args);
        List<java.util.Map.Entry<Integer, IkvOverzicht>> b = nl.lpg.support.EigenDraad.wacht(tweede);
        List<IkvOverzicht> uit = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean uitA = j >= b.size() || (i < a.size() && a.get(i).getKey() < b.get(j).getKey());
            uit.add((uitA ? a.get(i++) : b.get(j++)).getValue());
        }
        return uit;
    }

    /** The rows of {@code SELECT volgnummer, overzicht ...}, in the query's order. */
    private List<java.util.Map.Entry<Integer, IkvOverzicht>> lees(String sql, List<Object> args) {
        List<java.util.Map.Entry<Integer, IkvOverzicht>> uit = new ArrayList<>();
        jdbc.query(sql, rs -> {
            uit.add(java.util.Map.entry(rs.getInt(1), Json.read(rs.getString(2), IkvOverzicht.class)));
        }, args.toArray());
        return uit;
    }

    private static String t(String s) {
        return s == null ? "" : s.trim();
    }
}
