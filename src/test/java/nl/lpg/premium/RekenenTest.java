package nl.lpg.premium;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast paths of {@link Rekenen} give exactly what the plain DECIMAL128 division gives: the same value and scale. */
class RekenenTest {

    @ParameterizedTest
    @CsvSource({"27.30", "0.60", "100.00", "37.50", "8", "0", "12.345", "-3.10", "100", "0.0001"})
    void fractieIsDeDelingDoorHonderd(String percentage) {
        BigDecimal p = new BigDecimal(percentage);
        BigDecimal verwacht = p.divide(Rekenen.HONDERD, Rekenen.MC);
        assertThat(Rekenen.fractie(p)).isEqualTo(verwacht); // equals: value and scale
    }

    @ParameterizedTest
    @CsvSource({"14,28", "15,31", "1,365", "28,28", "0,30", "30,360", "7,3"})
    void dagquotientIsDeDeling(long teller, long noemer) {
        BigDecimal verwacht = BigDecimal.valueOf(teller).divide(BigDecimal.valueOf(noemer), Rekenen.MC);
        assertThat(Rekenen.deel(BigDecimal.valueOf(teller), noemer)).isEqualTo(verwacht);
        assertThat(Rekenen.deel(BigDecimal.valueOf(teller), noemer)).isEqualTo(verwacht); // from the memo
    }
}
