package nl.lpg.rules.premie;

import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.parameters.ParameterTable;
import nl.lpg.parameters.Parameters;
import nl.lpg.premium.Rekenen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The allowed difference of a rule from sheet Marges (regel, opdrachtgever, productkeuze, on datum aanvang PVP):
 * the larger of the absoluteMarge (euro) and relatieveMarge (percent) of the berekende amount. A difference exactly
 * on the margin passes. Without a Marges row the margin is zero: amounts must be equal to the cent.
 */
final class Marge {
    private Marge() {
    }

    static BigDecimal toegestaan(Parameters p, String regel, String opdrachtgever, String productkeuze, LocalDate datum,
                                 BigDecimal berekend) {
        Optional<ParameterRow> row = rij(p, regel, opdrachtgever, productkeuze, datum);
        if (row.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal absoluut = row.get().decimal("absoluteMarge");
        BigDecimal relatief = row.get().decimal("relatieveMarge");
        BigDecimal a = absoluut == null ? BigDecimal.ZERO : absoluut;
        BigDecimal r = relatief == null ? BigDecimal.ZERO
                : berekend.abs().multiply(Rekenen.fractie(relatief), Rekenen.MC);
        return Rekenen.max(a, r);
    }

    /**
     * The Marges row, most specific first: (opdrachtgever, productkeuze), (opdrachtgever, *), (*, productkeuze),
     * (*, *). {@link Parameters#marge} replaces one key position at a time and then all, so it never finds a
     * (regel, *, *) row; hence this lookup.
     */
    static Optional<ParameterRow> rij(Parameters p, String regel, String opdrachtgever, String productkeuze,
                                      LocalDate datum) {
        ParameterTable t = p.table(ParameterSheets.MARGES.name());
        String[][] sleutels = {{opdrachtgever, productkeuze}, {opdrachtgever, "*"}, {"*", productkeuze}, {"*", "*"}};
        for (String[] k : sleutels) {
            Optional<ParameterRow> r = t.find(datum, regel, k[0], k[1]);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    static boolean binnen(BigDecimal aangeleverd, BigDecimal berekend, BigDecimal toegestaan) {
        return aangeleverd.subtract(berekend).abs().compareTo(toegestaan) <= 0;
    }
}
