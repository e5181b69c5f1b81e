package nl.lpg.rules.pvv;

import nl.lpg.parameters.ParameterSheets;
import nl.lpg.parameters.Parameters;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The absolute marge of a rule from the Marges sheet, most specific row first: (regel, opdrachtgever, productkeuze),
 * (regel, opdrachtgever, *), (regel, *, productkeuze), (regel, *, *). The rule number is never a wildcard
 * ({@code Parameters.marge} also tries {@code *} for the rule, and never (regel, *, *)). No row: 0.
 */
public final class Marge {
    private Marge() {
    }

    public static BigDecimal absoluut(Parameters p, String regel, String opdrachtgever, String productkeuze,
                                      LocalDate datum) {
        var t = p.table(ParameterSheets.MARGES.name());
        String og = opdrachtgever == null ? "*" : opdrachtgever;
        String keuze = productkeuze == null ? "*" : productkeuze;
        for (String[] k : new String[][]{{og, keuze}, {og, "*"}, {"*", keuze}, {"*", "*"}}) {
            var r = t.find(datum, regel, k[0], k[1]);
            if (r.isPresent()) {
                BigDecimal m = r.get().decimal("absoluteMarge");
                return m == null ? BigDecimal.ZERO : m;
            }
        }
        return BigDecimal.ZERO;
    }
}
