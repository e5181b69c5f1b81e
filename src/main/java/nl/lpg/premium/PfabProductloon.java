package nl.lpg.premium;

import nl.lpg.parameters.Parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * "Bereken productloon opdrachtgever PFAB" (index entry PFAB-PRODUCTLOON): used by payroll systems and the web client,
 * not in the content checks. Productloon = vast maandsalaris * (12 * (1 + percentage vakantietoeslag / 100))
 * + persoonlijke toeslag * n, with n = 1 because PFAB's persoonlijke toeslag is a year amount. A year amount including
 * vakantietoeslag, unrounded.
 */
public final class PfabProductloon {
    private PfabProductloon() {
    }

    public static BigDecimal bereken(BigDecimal vastMaandsalaris, BigDecimal percentageVakantietoeslag,
                                     BigDecimal persoonlijkeToeslag) {
        BigDecimal factor = new BigDecimal("12").multiply(BigDecimal.ONE.add(Rekenen.fractie(percentageVakantietoeslag)));
        BigDecimal loon = vastMaandsalaris.multiply(factor, Rekenen.MC);
        return persoonlijkeToeslag == null ? loon : loon.add(persoonlijkeToeslag);
    }

    /**
     * As {@link #bereken(BigDecimal, BigDecimal, BigDecimal)} with the percentage vakantietoeslag of CaoParameters
     * (PFAB, the CAO code) valid on datum aanvang PVP; empty when there is no such row or percentage.
     */
    public static Optional<BigDecimal> bereken(Parameters parameters, String codeCao, LocalDate datumAanvangPvp,
                                               BigDecimal vastMaandsalaris, BigDecimal persoonlijkeToeslag) {
        return parameters.cao("PFAB", codeCao, datumAanvangPvp)
                .map(r -> r.decimal("percentageVakantietoeslag"))
                .map(pct -> bereken(vastMaandsalaris, pct, persoonlijkeToeslag));
    }
}
