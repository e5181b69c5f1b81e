package nl.lpg.premium;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arithmetic of the premium rules. Factors keep "zoveel mogelijk decimalen" (BR139, BR345): every division uses
 * {@link #MC} (34 significant digits, IEEE DECIMAL128); only a final grondslag or premie is rounded, half-up to cents.
 */
public final class Rekenen {
    private Rekenen() {
    }

    /** 34 significant digits for every division, so factors are exact to far below a cent. */
    public static final MathContext MC = MathContext.DECIMAL128;

    public static final BigDecimal HONDERD = new BigDecimal("100");

    public static BigDecimal deel(BigDecimal teller, BigDecimal noemer) {
        return teller.divide(noemer, MC);
    }

    public static BigDecimal deel(BigDecimal teller, long noemer) {
        if (teller.scale() == 0 && teller.signum() >= 0 && teller.precision() <= 5 && noemer > 0 && noemer < 100_000) {
            // Day counts and the like (BR139, BR345): a small domain, so each quotient is computed once. An exact
            // quotient such as 14/28 costs the JDK some thirty BigInteger divisions to strip its zeros.
            return DAGQUOTIENTEN.computeIfAbsent((teller.longValueExact() << 32) | noemer,
                    k -> teller.divide(BigDecimal.valueOf(noemer), MC));
        }
        return teller.divide(BigDecimal.valueOf(noemer), MC);
    }

    private static final java.util.Map<Long, BigDecimal> DAGQUOTIENTEN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A percentage as a fraction: 37.50 becomes 0.375. Exactly what {@code deel(percentage, HONDERD)} gives (value and
     * scale: the quotient is exact, at the dividend's scale or more), without the division.
     */
    public static BigDecimal fractie(BigDecimal percentage) {
        BigDecimal f = percentage.movePointLeft(2).stripTrailingZeros();
        return f.scale() < percentage.scale() ? f.setScale(percentage.scale()) : f;
    }

    /** Half-up to cents: the only rounding the spec applies, on a final amount. */
    public static BigDecimal centen(BigDecimal bedrag) {
        return bedrag == null ? null : bedrag.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** An amount for a melding: plain notation, never scientific. */
    public static String tekst(BigDecimal b) {
        return b == null ? "(leeg)" : b.toPlainString();
    }
}
