package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.AeAfsluitingContext;
import nl.lpg.rules.pvv.Marge;
import nl.lpg.rules.pvv.Producten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Helpers for the collectieve aangifte rules (sections 14 and 15). */
final class Aangiften {
    private Aangiften() {
    }

    static String sleutel(String keuze, String variant) {
        return (keuze == null ? "" : keuze.trim().toUpperCase()) + "|" + Producten.variant(variant).toUpperCase();
    }

    static String sleutel(CollectieveAangifte a) {
        return sleutel(a.productkeuze(), a.productvariant());
    }

    /** The PVP sum of the product, matched on productkeuze and productvariant whatever the map's key spelling. */
    static Optional<AeAfsluitingContext.ProductSom> som(Map<String, AeAfsluitingContext.ProductSom> sommen, String keuze,
                                                       String variant) {
        return sommen.values().stream()
                .filter(s -> Producten.zelfdeProduct(s.productkeuze(), s.productvariant(), keuze, variant)).findFirst();
    }

    static BigDecimal nul(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    /** Equal within the absolute marge of the Marges sheet for the rule (none: exactly equal). */
    static boolean gelijk(Parameters p, String regel, String opdrachtgever, String productkeuze, LocalDate datum,
                          BigDecimal a, BigDecimal b) {
        return nul(a).subtract(nul(b)).abs().compareTo(Marge.absoluut(p, regel, opdrachtgever, productkeuze, datum)) <= 0;
    }
}
