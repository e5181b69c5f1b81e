package nl.lpg.support;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatumTest {

    @Test
    void aDateIsWrittenAsLocalDateWritesIt() {
        for (LocalDate d : new LocalDate[]{LocalDate.of(2026, 2, 1), LocalDate.of(1999, 12, 31),
                LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(999, 6, 9),
                LocalDate.of(10000, 3, 4), LocalDate.of(-5, 1, 1)}) {
            StringBuilder sb = new StringBuilder("x");
            Datum.iso(sb, d);
            assertThat(sb.toString()).isEqualTo("x" + d);
        }
    }
}
