package nl.lpg.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A staged PVP row printed as pvp-calculations.csv prints it after the database stored it (issue 10). */
class PvpCsvDelenTest {

    /** A row as nl.lpg.batch.StagingWriter stages it (the columns of run_pvp_calculation in its load order). */
    private static Object[] rij() {
        return new Object[]{"RUN", 7, 0, "HELD", "ABP", "A1000", LocalDate.of(2026, 2, 1), "P1", "IKV1",
                LocalDate.of(2026, 2, 1), "OPNP", null, LocalDate.of(2026, 2, 1), "E",
                new BigDecimal("40001.005"), new BigDecimal("137800"), new BigDecimal("-18475.994"),
                new BigDecimal("0.80000"), new BigDecimal("100.00"), "0.4666666666666666666666666666666667", 12,
                new BigDecimal("27.30"), new BigDecimal("681.875"), null, BigDecimal.ZERO, new BigDecimal("-0.004"),
                new BigDecimal("186.1"), 4, "GRONDSLAG", null, null, null, new BigDecimal("1.00"), "Franchise", 3,
                null, 0};
    }

    @Test
    void amountsAreRoundedHalfUpToTheirColumnAndFactorsLoseTrailingZerosAsTheDatabaseReturnsThem() {
        assertThat(PvpCsvDelen.tekst(List.<Object[]>of(rij()))).isEqualTo("ABP,A1000,P1,IKV1,2026-02-01,OPNP,,"
                + "2026-02-01,E,40001.01,137800.00,-18475.99,0.8,100,0.4666666666666666666666666666666667,12,27.3,"
                + "681.88,,0.00,0.00,186.10,2026-02-01,held,4,GRONDSLAG,,,,1,parameters.xlsx,Franchise,3,\r\n");
    }

    @Test
    void aValueItsColumnWouldNotStoreAsGivenLeavesTheChunkWithoutAPart() {
        Object[] teLang = rij();
        teLang[10] = "P".repeat(41); // productkeuze VARCHAR(40)
        assertThat(PvpCsvDelen.tekst(List.<Object[]>of(rij(), teLang))).isNull();
        Object[] teGroot = rij();
        teGroot[17] = new BigDecimal("1000000"); // deeltijdfactor DECIMAL(10,4)
        assertThat(PvpCsvDelen.tekst(List.<Object[]>of(teGroot))).isNull();
        Object[] datum = rij();
        datum[9] = LocalDate.of(999, 1, 1);
        assertThat(PvpCsvDelen.tekst(List.<Object[]>of(datum))).isNull();
    }
}
