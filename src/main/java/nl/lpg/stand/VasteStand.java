package nl.lpg.stand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stand of a few IKVs held in memory: what {@link JdbcStandView} reads for one chunk (and drops with the next),
 * and what a rule test builds by hand.
 */
public class VasteStand implements StandView {

    private final Map<String, List<StandIkp>> ikps = new HashMap<>();
    private final Map<String, StandIkv> ikvs = new HashMap<>();
    private final Map<String, List<StandIkv>> perPersoon = new HashMap<>();
    private final Map<String, Set<String>> bsns = new HashMap<>();
    private final Map<String, List<LocalDate>> toegepast = new HashMap<>();
    private final Map<String, List<StandSignaal>> signalen = new HashMap<>();
    private final Map<String, List<LocalDate>> inLevering = new HashMap<>();

    static String sleutel(String og, String an, String pnr, String nr) {
        return og + "|" + an + "|" + pnr + "|" + nr;
    }

    private static String persoon(String og, String bsn) {
        return og + "|" + (bsn == null ? "" : bsn.trim());
    }

    /** Forgets everything: the view of one chunk is dropped before the next is read. */
    public void leeg() {
        ikps.clear();
        ikvs.clear();
        perPersoon.clear();
        bsns.clear();
        toegepast.clear();
        signalen.clear();
        inLevering.clear();
    }

    public VasteStand ikp(String og, String an, String pnr, String nr, StandIkp ikp) {
        List<StandIkp> l = ikps.computeIfAbsent(sleutel(og, an, pnr, nr), k -> new ArrayList<>());
        l.add(ikp);
        l.sort(Comparator.comparing(StandIkp::datumAanvang));
        return this;
    }

    /** Registers a stored IKV; it is also found among the IKVs of its person (by BSN). */
    public VasteStand ikv(String og, StandIkv ikv) {
        ikvs.put(sleutel(og, ikv.aansluitnummer(), ikv.personeelsnummer(), ikv.nummer()), ikv);
        if (ikv.bsn() != null && !ikv.bsn().isBlank()) {
            List<StandIkv> l = perPersoon.computeIfAbsent(persoon(og, ikv.bsn()), k -> new ArrayList<>());
            l.removeIf(x -> x.zelfde(ikv.aansluitnummer(), ikv.personeelsnummer(), ikv.nummer()));
            l.add(ikv);
        }
        return this;
    }

    public VasteStand bsn(String og, String an, String pnr, String bsn) {
        bsns.computeIfAbsent(og + "|" + an + "|" + pnr, k -> new LinkedHashSet<>()).add(bsn);
        return this;
    }

    public VasteStand toegepasteIntrekking(String og, String an, String pnr, String nr, LocalDate datum) {
        toegepast.computeIfAbsent(sleutel(og, an, pnr, nr), k -> new ArrayList<>()).add(datum);
        return this;
    }

    public VasteStand signaal(String og, String an, String pnr, String nr, StandSignaal s) {
        signalen.computeIfAbsent(sleutel(og, an, pnr, nr), k -> new ArrayList<>()).add(s);
        return this;
    }

    public VasteStand intrekkingInLevering(String og, String an, String pnr, String nr, LocalDate datum) {
        inLevering.computeIfAbsent(sleutel(og, an, pnr, nr), k -> new ArrayList<>()).add(datum);
        return this;
    }

    /** Whether the IKPs of this IKV were read (a key of the chunk), even if the stand holds none. */
    boolean kent(String og, String an, String pnr, String nr) {
        return ikps.containsKey(sleutel(og, an, pnr, nr));
    }

    void markeer(String og, String an, String pnr, String nr) {
        ikps.computeIfAbsent(sleutel(og, an, pnr, nr), k -> new ArrayList<>());
    }

    @Override
    public List<StandIkp> inkomstenperioden(String og, String an, String pnr, String nr) {
        return ikps.getOrDefault(sleutel(og, an, pnr, nr), List.of());
    }

    @Override
    public Optional<StandIkv> inkomstenverhouding(String og, String an, String pnr, String nr) {
        return Optional.ofNullable(ikvs.get(sleutel(og, an, pnr, nr)));
    }

    @Override
    public List<StandIkv> inkomstenverhoudingenVanPersoon(String og, String bsn) {
        return perPersoon.getOrDefault(persoon(og, bsn), List.of());
    }

    @Override
    public Set<String> bsnsVanPersoneelsnummer(String og, String an, String pnr) {
        return bsns.getOrDefault(og + "|" + an + "|" + pnr, Set.of());
    }

    @Override
    public List<LocalDate> toegepasteIntrekkingen(String og, String an, String pnr, String nr) {
        return toegepast.getOrDefault(sleutel(og, an, pnr, nr), List.of());
    }

    @Override
    public List<StandSignaal> signalen(String og, String an, String pnr, String nr) {
        return signalen.getOrDefault(sleutel(og, an, pnr, nr), List.of());
    }

    @Override
    public List<LocalDate> intrekkingenInLevering(String og, String an, String pnr, String nr) {
        return inLevering.getOrDefault(sleutel(og, an, pnr, nr), List.of());
    }
}
