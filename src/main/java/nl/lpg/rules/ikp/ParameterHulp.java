package nl.lpg.rules.ikp;

import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterTable;
import nl.lpg.parameters.Parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Lookups on the parameter sheets that the IKP rules share. */
public final class ParameterHulp {
    private ParameterHulp() {
    }

    /** Rows of a sheet whose named columns equal the values (case-insensitive) and that are valid on the date. */
    public static List<ParameterRow> rijen(Parameters p, String sheet, LocalDate op, String... kolomWaarde) {
        ParameterTable t = p.table(sheet);
        return t.rows().stream().filter(r -> op == null || r.geldigOp(op)).filter(r -> {
            for (int i = 0; i < kolomWaarde.length; i += 2) {
                String v = r.text(kolomWaarde[i]);
                String w = kolomWaarde[i + 1];
                if (v == null || w == null || !v.trim().equalsIgnoreCase(w.trim())) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /**
     * The bedrag of MinimumUurloon or MaximumUurloon for opdrachtgever, CAO and age on the date: a row for the CAO
     * wins over a row for all CAO's ({@code *}); leeftijdVan inclusive, leeftijdTot exclusive.
     */
    public static Optional<BigDecimal> uurloon(Parameters p, String sheet, String opdrachtgever, String codeCao,
                                               int leeftijd, LocalDate op) {
        Optional<BigDecimal> specifiek = codeCao == null || codeCao.isBlank() ? Optional.empty()
                : bedrag(p, sheet, opdrachtgever, codeCao.trim(), leeftijd, op);
        return specifiek.isPresent() ? specifiek : bedrag(p, sheet, opdrachtgever, "*", leeftijd, op);
    }

    private static Optional<BigDecimal> bedrag(Parameters p, String sheet, String og, String cao, int leeftijd,
                                               LocalDate op) {
        return rijen(p, sheet, op, "opdrachtgever", og, "codeCao", cao).stream()
                .filter(r -> r.integer("leeftijdVan") <= leeftijd && leeftijd < r.integer("leeftijdTot"))
                .map(r -> r.decimal("bedrag")).findFirst();
    }
}
