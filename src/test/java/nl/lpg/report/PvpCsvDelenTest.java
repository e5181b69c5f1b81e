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

    @Test
    void aValuePrintedWholeIsPrintedAsCommonsCsvPrintsIt() throws Exception {
        // every value the fast path appends whole: Commons CSV leaves it unquoted, first in a record or not
        String teken = "09AZaz.-_";
        java.util.Random r = new java.util.Random(10);
        List<String> waarden = new java.util.ArrayList<>(List.of("-", ".", "_", "-0.01", "2026-02-01", "ABP", "0.8"));
        for (int i = 0; i < 2000; i++) {
            StringBuilder w = new StringBuilder();
            for (int j = r.nextInt(6); j >= 0; j--) {
                w.append(teken.charAt(r.nextInt(teken.length())));
            }
            waarden.add(w.toString());
        }
        for (String w : waarden) {
            assertThat(PvpCsvDelen.kaal(w)).as(w).isTrue();
            for (boolean eerste : new boolean[]{true, false}) {
                StringBuilder sb = new StringBuilder();
                try (org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(sb,
                        org.apache.commons.csv.CSVFormat.RFC4180)) {
                    if (!eerste) {
                        p.print("x");
                    }
                    p.print(w);
                }
                assertThat(sb.toString()).as(w).isEqualTo((eerste ? "" : "x,") + w);
            }
        }
        for (String w : new String[]{"", " a", "a ", "a,b", "a\"b", "#a", "a\nb", "é"}) {
            assertThat(PvpCsvDelen.kaal(w)).as(w).isFalse();
        }
    }

    @Test
    void textThatNeedsQuotesIsQuotedAsCommonsCsvQuotesIt() {
        Object[] rij = rij();
        rij[4] = "A,B"; // opdrachtgever, the first column
        rij[5] = "";
        rij[7] = "P \"1\"";
        rij[33] = " blad";
        String tekst = PvpCsvDelen.tekst(List.<Object[]>of(rij, rij()));
        assertThat(tekst).startsWith("\"A,B\",,\"P \"\"1\"\"\",IKV1,").contains(",parameters.xlsx,\" blad\",3,\r\nABP,");
    }

    @Test
    void rowsSharingAnAmountPrintItInEveryRow() {
        // the franchise (index 16) is the workbook's object in every row of a chunk
        BigDecimal franchise = new BigDecimal("-18475.994");
        List<Object[]> rijen = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Object[] r = rij();
            r[16] = franchise;
            rijen.add(r);
        }
        String een = PvpCsvDelen.tekst(List.<Object[]>of(rij()));
        assertThat(PvpCsvDelen.tekst(rijen)).isEqualTo(een.repeat(4));
    }
}
