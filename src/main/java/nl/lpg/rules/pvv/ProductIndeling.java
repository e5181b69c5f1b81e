package nl.lpg.rules.pvv;

import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.parameters.Parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The parametertabel "productindeling" (sheet ProductkeuzePerIndeling) of BR128 and BR295. */
public final class ProductIndeling {
    private ProductIndeling() {
    }

    /** The rows valid on the date for the indeling; empty when no relation is recorded for it. */
    public static List<ParameterRow> rijen(Parameters p, String opdrachtgever, String indeling, LocalDate date) {
        if (indeling == null || indeling.isBlank()) {
            return List.of();
        }
        return p.table(ParameterSheets.PvvPvpNp.PRODUCTKEUZE_PER_INDELING.name()).rows().stream()
                .filter(r -> opdrachtgever.equalsIgnoreCase(r.text("opdrachtgever")))
                .filter(r -> indeling.trim().equalsIgnoreCase(r.text("indeling").trim()))
                .filter(r -> r.geldigOp(date)).toList();
    }

    /**
     * Whether the product is allowed at the indeling: empty when no relation is recorded for the indeling
     * ("Indien er een relatie is vastgelegd met de indeling ..."), else whether a row names the product.
     */
    public static Optional<Boolean> toegestaan(List<ParameterRow> rijen, String keuze, String variant) {
        if (rijen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rijen.stream().anyMatch(r -> keuze != null
                && keuze.trim().equalsIgnoreCase(r.text("productkeuze").trim())
                && ("*".equals(r.text("productvariant").trim())
                || Producten.variant(variant).equalsIgnoreCase(Producten.variant(r.text("productvariant"))))));
    }
}
