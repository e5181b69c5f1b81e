package nl.lpg.support;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10: an amount written as text is exactly what BigDecimal.toPlainString gives. */
class GetalTest {

    private static String plain(BigDecimal d) {
        StringBuilder sb = new StringBuilder("x");
        Getal.plain(sb, d);
        return sb.substring(1);
    }

    @Test
    void everyAmountReadsAsToPlainStringWritesIt() {
        Random r = new Random(10);
        for (int i = 0; i < 200_000; i++) {
            long u = switch (i % 4) {
                case 0 -> r.nextInt(1000) - 500;
                case 1 -> r.nextLong() % 1_000_000_000L;
                case 2 -> r.nextLong() % 1_000_000_000_000_000_000L;
                default -> r.nextLong();
            };
            int schaal = r.nextInt(24) - 3;
            BigDecimal d = BigDecimal.valueOf(u, schaal);
            assertThat(plain(d)).as("%s scale %d", u, schaal).isEqualTo(d.toPlainString());
        }
        for (String s : new String[]{"0", "0.00", "-0.00", "-0.004", "0.000000000000000001", "19545.00", "1E+3",
                "99999999999999999.99", "-99999999999999999.99", "123456789012345678901234567890.5"}) {
            BigDecimal d = new BigDecimal(s);
            assertThat(plain(d)).as(s).isEqualTo(d.toPlainString());
        }
        BigDecimal groot = new BigDecimal(BigInteger.TEN.pow(40), 3);
        assertThat(plain(groot)).isEqualTo(groot.toPlainString());
    }
}
