package nl.lpg.premium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The nota of one premium run, from the stand as it is now and what earlier notas reported: every key
 * (opdrachtgever, aansluitnummer, tijdvak, productkeuze, productvariant) of a tijdvak starting in the periode (the
 * month itself, {@code PERIODE}) and every key of an earlier tijdvak whose amounts differ from what was reported
 * ({@code CORRECTIE}: a loontijdvak delivered again, an intrekking, a review decision). Each row carries what was
 * reported before, what the stand holds now and the difference; the difference becomes part of what was reported,
 * so a correction appears in exactly one nota. Exact decimals, no rounding.
 */
public final class PremieNota {

    public record Sleutel(String opdrachtgever, String aansluitnummer, LocalDate tijdvak, String productkeuze,
                          String productvariant) {
    }

    public static final Comparator<Sleutel> VOLGORDE = Comparator.comparing(Sleutel::opdrachtgever)
            .thenComparing(Sleutel::aansluitnummer).thenComparing(Sleutel::tijdvak)
            .thenComparing(Sleutel::productkeuze).thenComparing(Sleutel::productvariant);

    public record Bedragen(BigDecimal grondslag, BigDecimal premie) {
        public static final Bedragen NUL = new Bedragen(BigDecimal.ZERO, BigDecimal.ZERO);

        boolean gelijk(Bedragen o) {
            return grondslag.compareTo(o.grondslag) == 0 && premie.compareTo(o.premie) == 0;
        }
    }

    public enum Soort { PERIODE, CORRECTIE }

    public record Regel(Sleutel sleutel, Soort soort, Bedragen eerder, Bedragen nu) {
        public BigDecimal grondslagVerschil() {
            return nu.grondslag().subtract(eerder.grondslag());
        }

        public BigDecimal premieVerschil() {
            return nu.premie().subtract(eerder.premie());
        }
    }

    private PremieNota() {
    }

    /**
     * @param stand  the stand's sums per key, for every tijdvak up to the end of the periode
     * @param gemeld what earlier notas reported per key (the sum of their differences)
     */
    public static List<Regel> bepaal(YearMonth periode, Map<Sleutel, Bedragen> stand, Map<Sleutel, Bedragen> gemeld) {
        LocalDate van = periode.atDay(1);
        LocalDate tot = periode.atEndOfMonth();
        TreeSet<Sleutel> sleutels = new TreeSet<>(VOLGORDE);
        sleutels.addAll(stand.keySet());
        sleutels.addAll(gemeld.keySet());
        List<Regel> regels = new ArrayList<>();
        for (Sleutel k : sleutels) {
            if (k.tijdvak().isAfter(tot)) {
                continue; // a later month: its own nota reports it
            }
            Bedragen nu = stand.getOrDefault(k, Bedragen.NUL);
            Bedragen eerder = gemeld.getOrDefault(k, Bedragen.NUL);
            if (!k.tijdvak().isBefore(van)) {
                regels.add(new Regel(k, Soort.PERIODE, eerder, nu));
            } else if (!nu.gelijk(eerder)) {
                regels.add(new Regel(k, Soort.CORRECTIE, eerder, nu));
            }
        }
        return regels;
    }
}
