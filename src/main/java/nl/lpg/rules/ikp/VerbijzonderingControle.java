package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fixed verbijzondering rules of BR80-BR89 (ABP, PWRI): a verbijzondering is only valid between two dates, or
 * an aard allows only some verbijzonderingen. The general, parameterised check is BR334 (sheet Verbijzonderingen).
 */
final class VerbijzonderingControle {
    private VerbijzonderingControle() {
    }

    /** IKPs of the opdrachtgever with one of the codes whose datum aanvang lies outside [van, tot]. */
    static List<Bevinding> geldigheid(IkvContext ctx, String regel, String opdrachtgever, Set<String> codes,
                                      LocalDate van, LocalDate tot) {
        List<Bevinding> uit = new ArrayList<>();
        if (!opdrachtgever.equalsIgnoreCase(ctx.opdrachtgever())) {
            return uit;
        }
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            String v = code(ikp.verbijzondering());
            LocalDate d = ikp.datumAanvang();
            if (d != null && codes.contains(v) && (d.isBefore(van) || (tot != null && d.isAfter(tot)))) {
                uit.add(Bevinding.van(regel, "Verbijzondering " + v + " is bij " + opdrachtgever + " alleen geldig "
                        + (tot == null ? "vanaf " + van : "van " + van + " tot en met " + tot)
                        + "; de inkomstenperiode begint op " + d + ".").metIkp(d));
            }
        }
        return uit;
    }

    /** IKPs under an IKV of the aard whose verbijzondering is not one of the allowed codes. */
    static List<Bevinding> perAard(IkvContext ctx, String regel, String aard, Set<String> toegestaan) {
        List<Bevinding> uit = new ArrayList<>();
        if (!aard.equalsIgnoreCase(code(ctx.ikv().aard()))) {
            return uit;
        }
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            String v = code(ikp.verbijzondering());
            if (!toegestaan.contains(v)) {
                uit.add(Bevinding.van(regel, "Bij aard inkomstenverhouding " + aard + " is verbijzondering \"" + v
                        + "\" niet geldig; geldig zijn " + String.join(", ", toegestaan.stream().sorted().toList())
                        + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }

    static String code(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }
}
