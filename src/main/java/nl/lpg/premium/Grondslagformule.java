package nl.lpg.premium;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

import static java.math.BigDecimal.ZERO;
import static nl.lpg.premium.Rekenen.MC;

/**
 * BR167 "Bereken grondslag": one formula per soort grondslagberekening (bijlage domeinen), as the spec writes it.
 * The result is unrounded; {@link PremieBerekening} rounds it half-up to cents.
 *
 * <p>Negative results: where productloon (times deeltijdfactor) is below the franchise, "productloon - franchise" is
 * negative. The franchise is the part of the income on which no pension is built up, so there is nothing to insure
 * above it: we take zero for that difference (and so for the grondslag), never a negative premiegrondslag, which would
 * give a negative premium, i.e. money paid back for working.
 */
public enum Grondslagformule {
    /** Premiegrondslag = Gemaximeerd productloon. */
    E(i -> i.gemaximeerdProductloon()),
    /** Premiegrondslag = Gemaximeerd productloon - franchise. */
    F(i -> nietNegatief(i.gemaximeerdProductloon().subtract(i.franchise()))),
    /** Premiegrondslag = Ongemaximeerd productloon. */
    G(i -> i.productloon()),
    /** Premiegrondslag = Gemaximeerd SV-Loon. */
    H(i -> i.gemaximeerdPeriodebedrag(i.svLoon())),
    /** Premiegrondslag = (Gemaximeerd productloon - franchise) * periodefactor PVP / periodiciteitsfactor * deeltijdfactor. */
    J(i -> nietNegatief(i.gemaximeerdProductloon().subtract(i.franchise()))
            .multiply(i.periode(), MC).multiply(i.deeltijdfactor(), MC)),
    /** Premiegrondslag = Gemaximeerd pensioenloon. */
    K(i -> i.gemaximeerdPeriodebedrag(i.pensioenloon())),
    /** Premiegrondslag = Minimum((productloon * deeltijdfactor), Maximum productloon) * periodefactor PVP / periodiciteitsfactor. */
    M(i -> i.gemaximeerd(i.productloon().multiply(i.deeltijdfactor(), MC)).multiply(i.periode(), MC)),
    /** Premiegrondslag = (Ongemaximeerd productloon * deeltijdfactor - franchise) * periodefactor PVP / periodiciteitsfactor. */
    N(i -> nietNegatief(i.productloon().multiply(i.deeltijdfactor(), MC).subtract(i.franchise()))
            .multiply(i.periode(), MC)),
    /** Premiegrondslag = Ongemaximeerd productloon * deeltijdfactor * periodefactor PVP / periodiciteitsfactor. */
    O(i -> i.productloon().multiply(i.deeltijdfactor(), MC).multiply(i.periode(), MC)),
    /** Geen premiegrondslagberekening. */
    P(null),
    /**
     * Premiegrondslag = (Gemaximeerd productloon - franchise) * minimum van (deeltijdfactor; Maximum productloon /
     * Gemaximeerd productloon) * meetellingswaarde (percentage) * periodefactor PVP / periodiciteitsfactor
     * (ABP OPNP after Witteveen: a DTF above 1 may not lift the base above the maximum).
     */
    Q(i -> nietNegatief(i.gemaximeerdProductloon().subtract(i.franchise()))
            .multiply(i.gemaximeerdeDeeltijdfactor(), MC).multiply(i.meetellingsfractie(), MC)
            .multiply(i.periode(), MC)),
    /** Premiegrondslag = (Ongemaximeerd productloon - franchise) * deeltijdfactor * periodefactor PVP / periodiciteitsfactor. */
    R(i -> nietNegatief(i.productloon().subtract(i.franchise())).multiply(i.deeltijdfactor(), MC)
            .multiply(i.periode(), MC)),
    /** Premiegrondslag = Ongemaximeerd productloon * deeltijdfactor * meetellingswaarde (percentage) * periodefactor PVP / periodiciteitsfactor. */
    S(i -> i.productloon().multiply(i.deeltijdfactor(), MC).multiply(i.meetellingsfractie(), MC)
            .multiply(i.periode(), MC)),
    /** Premiegrondslag = (Ongemaximeerd productloon - franchise) * deeltijdfactor * meetellingswaarde (percentage) * periodefactor PVP / periodiciteitsfactor. */
    T(i -> nietNegatief(i.productloon().subtract(i.franchise())).multiply(i.deeltijdfactor(), MC)
            .multiply(i.meetellingsfractie(), MC).multiply(i.periode(), MC)),
    /** Premiegrondslag = Gemaximeerd productloon * deeltijdfactor * periodefactor PVP / periodiciteitsfactor. */
    U(i -> i.gemaximeerdProductloon().multiply(i.deeltijdfactor(), MC).multiply(i.periode(), MC));

    private final Function<Invoer, BigDecimal> formule;

    Grondslagformule(Function<Invoer, BigDecimal> formule) {
        this.formule = formule;
    }

    /** The unrounded premiegrondslag; empty for P (no grondslag). */
    public Optional<BigDecimal> bereken(Invoer invoer) {
        return formule == null ? Optional.empty() : Optional.of(formule.apply(invoer));
    }

    private static BigDecimal nietNegatief(BigDecimal b) {
        return b.signum() < 0 ? ZERO : b;
    }

    /**
     * The inputs of BR167. productloon, maximumProductloon and franchise are year amounts (franchise already
     * multiplied by uren or dagen for UUR/DAG); svLoon and pensioenloon are the werknemergegevens of the loontijdvak;
     * meetellingsfractie is the meetellingswaarde as a fraction (37.50 % = 0.375). maximumProductloon null = no maximum.
     */
    public record Invoer(BigDecimal productloon, BigDecimal maximumProductloon, BigDecimal franchise,
                         BigDecimal deeltijdfactor, BigDecimal meetellingsfractie, BigDecimal periodefactor,
                         int periodiciteitsfactor, BigDecimal svLoon, BigDecimal pensioenloon) {

        /** periodefactor PVP / periodiciteitsfactor. */
        BigDecimal periode() {
            return Rekenen.deel(periodefactor, periodiciteitsfactor);
        }

        BigDecimal gemaximeerdProductloon() {
            return gemaximeerd(productloon);
        }

        /** min(bedrag, maximum productloon); the amount itself when there is no maximum. */
        BigDecimal gemaximeerd(BigDecimal bedrag) {
            return maximumProductloon == null ? bedrag : Rekenen.min(bedrag, maximumProductloon);
        }

        /**
         * H and K: SV-loon and pensioenloon of werknemergegevens are amounts of the loontijdvak, while the maximum
         * productloon is a year amount; we cap them at the PVP's share of the year maximum (maximum * periodefactor PVP
         * / periodiciteitsfactor). Not delivered counts as zero.
         */
        BigDecimal gemaximeerdPeriodebedrag(BigDecimal bedrag) {
            BigDecimal b = bedrag == null ? ZERO : bedrag;
            return maximumProductloon == null ? b : Rekenen.min(b, maximumProductloon.multiply(periode(), MC));
        }

        /**
         * Q: minimum van (deeltijdfactor; Maximum productloon / Gemaximeerd productloon). Without a maximum, or with a
         * productloon of zero (nothing to cap), the deeltijdfactor itself.
         */
        BigDecimal gemaximeerdeDeeltijdfactor() {
            BigDecimal gemax = gemaximeerdProductloon();
            if (maximumProductloon == null || gemax.signum() <= 0) {
                return deeltijdfactor;
            }
            return Rekenen.min(deeltijdfactor, Rekenen.deel(maximumProductloon, gemax));
        }
    }
}
