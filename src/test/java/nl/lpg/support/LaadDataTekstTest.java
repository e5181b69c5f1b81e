package nl.lpg.support;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows a bulk load reads (LOAD DATA: tab between fields, a newline after each row, \N for null, backslash escapes)
 * are exactly what the database is to store, for every kind of value the engine writes.
 */
class LaadDataTekstTest {

    private static String tekst(Object... rij) {
        return new String(LaadData.tekst(List.<Object[]>of(rij)), StandardCharsets.UTF_8);
    }

    @Test
    void valuesAreWrittenAsTheDatabaseReadsThem() {
        assertThat(tekst(null, 7, 12345678901L, new BigDecimal("1.50"), new BigDecimal("1E+3"), true, false, 2.5))
                .isEqualTo("\\N\t7\t12345678901\t1.50\t1000\t1\t0\t2.5\n");
    }

    @Test
    void datesAreIsoDatesWhateverTheYear() {
        assertThat(tekst(LocalDate.of(2026, 2, 1), LocalDate.of(1999, 12, 31), java.sql.Date.valueOf("2026-03-09"),
                LocalDate.of(999, 1, 5), LocalDate.of(10000, 1, 1)))
                .isEqualTo("2026-02-01\t1999-12-31\t2026-03-09\t" + LocalDate.of(999, 1, 5) + "\t"
                        + LocalDate.of(10000, 1, 1) + "\n");
    }

    @Test
    void textIsEscapedWhereItWouldEndAFieldOrARow() {
        assertThat(tekst("gewoon", "tab\there", "regel\nnieuw", "terug\\slash", "cr\rnul\0", "é ü €"))
                .isEqualTo("gewoon\ttab\\there\tregel\\nnieuw\tterug\\\\slash\tcr\\rnul\\0\té ü €\n");
    }

    @Test
    void otherObjectsGoAsTheirTextEscapedToo() {
        Object o = new Object() {
            @Override
            public String toString() {
                return "a\tb";
            }
        };
        assertThat(tekst(o)).isEqualTo("a\\tb\n");
    }

    @Test
    void aValueSharedByRowsIsWrittenInEachRowAsWhenItStoodAlone() {
        // the text of a column's value is kept while the next row has the same object (issue 10)
        String metTab = "a\tb";
        BigDecimal franchise = new BigDecimal("19545.00");
        LocalDate datum = LocalDate.of(2026, 2, 1);
        List<Object[]> rijen = List.of(new Object[]{metTab, franchise, datum, "x"},
                new Object[]{metTab, franchise, datum, null}, new Object[]{"c", new BigDecimal("1.5"), datum, "x"},
                new Object[]{metTab, franchise, LocalDate.of(2026, 3, 1), "y"});
        assertThat(new String(LaadData.tekst(rijen), StandardCharsets.UTF_8)).isEqualTo(
                "a\\tb\t19545.00\t2026-02-01\tx\n"
                        + "a\\tb\t19545.00\t2026-02-01\t\\N\n"
                        + "c\t1.5\t2026-02-01\tx\n"
                        + "a\\tb\t19545.00\t2026-03-01\ty\n");
    }
}
