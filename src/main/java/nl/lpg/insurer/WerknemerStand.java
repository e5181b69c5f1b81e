package nl.lpg.insurer;

import nl.lpg.delivery.NatuurlijkPersoon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the stand holds of one employee's inkomstenverhouding at a coupled aansluiting, as far as the insurer cares:
 * the dates of employment, the stored periods with deeltijdfactor and salary (the productloon of the OP regeling's
 * products) and whether an NP product is delivered, and the natuurlijk persoon as last accepted. {@code toString()}
 * never shows the BSN (the person's own record hides it).
 */
public record WerknemerStand(String aansluitnummer, String personeelsnummer, String nummerIkv,
                             LocalDate datumAanvang, LocalDate datumEinde, List<Periode> perioden,
                             NatuurlijkPersoon persoon) {

    public WerknemerStand {
        perioden = perioden == null ? List.of() : List.copyOf(perioden);
    }

    /**
     * A stretch of the stand from {@code datumAanvang} (an IKP or a PVP of the OP regeling starting): the deeltijdfactor
     * and salary from that date, and the NP products delivered in it.
     */
    public record Periode(LocalDate datumAanvang, BigDecimal deeltijdfactor, BigDecimal salaris, Set<String> np) {
        public Periode {
            np = np == null ? Set.of() : Set.copyOf(np);
        }
    }

    /** The values from each date on, in date order; a later period on the same date wins. */
    public NavigableMap<LocalDate, Periode> tijdlijn() {
        NavigableMap<LocalDate, Periode> t = new TreeMap<>();
        for (Periode p : perioden) {
            t.put(p.datumAanvang(), p);
        }
        return t;
    }

    /** The dates on which the given value changes (the first period counts as a change from nothing). */
    static NavigableMap<LocalDate, Object> wijzigingen(NavigableMap<LocalDate, Periode> tijdlijn,
                                                      java.util.function.Function<Periode, Object> waarde) {
        NavigableMap<LocalDate, Object> w = new TreeMap<>();
        Object vorige = Geen.GEEN;
        for (Map.Entry<LocalDate, Periode> e : tijdlijn.entrySet()) {
            Object v = waarde.apply(e.getValue());
            if (!gelijk(v, vorige)) {
                w.put(e.getKey(), v == null ? Geen.GEEN : v);
            }
            vorige = v;
        }
        return w;
    }

    /** Equality of values where 0.8 and 0.8000 are the same (BigDecimal compareTo). */
    static boolean gelijk(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** No value (before the first period, or not delivered). */
    enum Geen { GEEN }
}
