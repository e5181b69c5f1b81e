package nl.lpg.support;

import java.math.BigDecimal;

/** Amounts as text, written where they go. */
public final class Getal {

    private Getal() {
    }

    private static final long[] MACHT = new long[19];

    static {
        MACHT[0] = 1;
        for (int i = 1; i < MACHT.length; i++) {
            MACHT[i] = MACHT[i - 1] * 10;
        }
    }

    /**
     * Appends {@link BigDecimal#toPlainString()} of the value, the same characters, without the two strings that
     * method makes for every amount: four PVP amounts and more per IKV go into the bulk load and
     * pvp-calculations.csv (issue 10). Values of more than 18 digits or a negative scale go through toPlainString.
     */
    public static void plain(StringBuilder sb, BigDecimal d) {
        int schaal = d.scale();
        if (schaal < 0 || schaal > 18 || d.precision() > 18) {
            sb.append(d.toPlainString());
            return;
        }
        long u = d.unscaledValue().longValue();
        if (u < 0) {
            sb.append('-');
            u = -u;
        }
        if (schaal == 0) {
            sb.append(u);
            return;
        }
        long macht = MACHT[schaal];
        long breuk = u % macht;
        sb.append(u / macht).append('.');
        for (long m = macht / 10; m > 1 && breuk < m; m /= 10) {
            sb.append('0');
        }
        sb.append(breuk);
    }
}
