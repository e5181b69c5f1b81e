package nl.lpg.delivery;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 10: the delivery's dates read without a formatter give exactly what LocalDate.parse gives. */
class StaxSupportDatumTest {

    @Test
    void everyDayOfSomeYearsReadsAsLocalDateParseReadsIt() {
        for (LocalDate d = LocalDate.of(1999, 1, 1); d.isBefore(LocalDate.of(2001, 3, 1)); d = d.plusDays(1)) {
            assertThat(StaxSupport.datum(d.toString())).isEqualTo(d);
        }
        assertThat(StaxSupport.datum("0001-01-01")).isEqualTo(LocalDate.parse("0001-01-01"));
        assertThat(StaxSupport.datum("+10000-01-01")).isEqualTo(LocalDate.parse("+10000-01-01"));
    }

    @Test
    void whatIsNoDateFailsAsLocalDateParseFails() {
        for (String s : new String[]{"2026-02-29", "2026-13-01", "2026-00-10", "2026-01-32", "2026-1-011", "20260101",
                "2026/01/01", "2026-01-0a"}) {
            Throwable verwacht = org.assertj.core.api.Assertions.catchThrowable(() -> LocalDate.parse(s));
            assertThatThrownBy(() -> StaxSupport.datum(s)).as(s).isInstanceOf(verwacht.getClass())
                    .hasMessage(verwacht.getMessage());
        }
    }
}
