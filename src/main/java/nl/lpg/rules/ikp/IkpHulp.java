package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.delivery.Periodiciteit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Small helpers shared by the IKP rules. Pure functions. */
public final class IkpHulp {
    private IkpHulp() {
    }

    /** Code meetelling Ja: "J", or empty, which the spec counts as Ja (BR76: "Ja of ' '"). */
    public static boolean meeteltJa(Inkomstenperiode ikp) {
        String c = ikp.codeMeetelling();
        return c == null || c.isBlank() || "J".equalsIgnoreCase(c.trim());
    }

    public static boolean meeteltNee(Inkomstenperiode ikp) {
        return ikp.codeMeetelling() != null && "N".equalsIgnoreCase(ikp.codeMeetelling().trim());
    }

    public static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    public static boolean isVerbijzondering(Inkomstenperiode ikp, String... codes) {
        String v = ikp.verbijzondering() == null ? "" : ikp.verbijzondering().trim();
        for (String c : codes) {
            if (c.equalsIgnoreCase(v)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isNul(BigDecimal b) {
        return b != null && b.signum() == 0;
    }

    /** Age in whole years on the date (the spec's hulpvariabele "leeftijd bij aanvang IKP"). */
    public static Integer leeftijd(NatuurlijkPersoon np, LocalDate op) {
        if (np == null || np.geboortedatum() == null || op == null) {
            return null;
        }
        return Period.between(np.geboortedatum(), op).getYears();
    }

    /** The IKPs of the IKV with a datum aanvang, oldest first. */
    public static List<Inkomstenperiode> gesorteerd(Inkomstenverhouding ikv) {
        return ikv.inkomstenperioden().stream().filter(i -> i.datumAanvang() != null)
                .sorted(Comparator.comparing(Inkomstenperiode::datumAanvang)).toList();
    }

    /**
     * The datum einde of an IKP as BR152 and BR224 determine it: its own datum einde; else the day before the next
     * IKP if that starts in the same loontijdvak; else datum einde IKV if within the loontijdvak; else the end of the
     * loontijdvak.
     */
    public static LocalDate afgeleideEinde(Inkomstenverhouding ikv, Inkomstenperiode ikp, Periodiciteit p) {
        if (ikp.datumEinde() != null) {
            return ikp.datumEinde();
        }
        Loontijdvak ltv = Loontijdvak.van(p, ikp.datumAanvang());
        LocalDate volgende = ikv.inkomstenperioden().stream().map(Inkomstenperiode::datumAanvang)
                .filter(Objects::nonNull).filter(d -> d.isAfter(ikp.datumAanvang()) && ltv.bevat(d))
                .min(Comparator.naturalOrder()).orElse(null);
        if (volgende != null) {
            return volgende.minusDays(1);
        }
        if (ikv.datumEinde() != null && ltv.bevat(ikv.datumEinde())) {
            return ikv.datumEinde();
        }
        return ltv.einde();
    }
}
