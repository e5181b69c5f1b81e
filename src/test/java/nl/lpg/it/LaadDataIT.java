package nl.lpg.it;

import nl.lpg.support.LaadData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bulk load stores exactly what a batched INSERT would, on a real MariaDB; a key loaded twice is an error. */
class LaadDataIT {

    JdbcTemplate jdbc;

    @BeforeEach
    void tabel() {
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(TestDatabase.nieuweDatabase("laaddata"), true));
        jdbc.execute("CREATE TABLE t (k VARCHAR(20) NOT NULL PRIMARY KEY, tekst LONGTEXT, bedrag DECIMAL(18,2),"
                + " datum DATE, n INT, vlag TINYINT)");
    }

    private static List<Object[]> rijen() {
        List<Object[]> r = new ArrayList<>();
        r.add(new Object[]{"a", "tab\there, newline\nthere, back\\slash \\N, ëé €", new BigDecimal("12.50"),
                LocalDate.of(2026, 1, 31), 7, true});
        r.add(new Object[]{"b", null, null, null, null, null});
        r.add(new Object[]{"c", "", new BigDecimal("-0.01"), java.sql.Date.valueOf("2025-12-01"), 0, false});
        return r;
    }

    private List<Map<String, Object>> inhoud() {
        return jdbc.queryForList("SELECT k, tekst, bedrag, CAST(datum AS CHAR) datum, n, vlag FROM t ORDER BY k");
    }

    @Test
    void storesEveryValueAsABatchedInsertWould() {
        LaadData.laad(jdbc, "t", "k, tekst, bedrag, datum, n, vlag", rijen(), LaadData.Modus.NIEUW);
        List<Map<String, Object>> geladen = inhoud();
        // MariaDB allows LOAD DATA LOCAL by default (embedded and server): the bulk path is what ran
        assertThat(LaadData.bulkLoad()).isTrue();
        jdbc.execute("DELETE FROM t");
        jdbc.batchUpdate("INSERT INTO t (k, tekst, bedrag, datum, n, vlag) VALUES (?,?,?,?,?,?)", rijen());
        assertThat(geladen).isEqualTo(inhoud());
        assertThat(geladen.get(0).get("tekst")).isEqualTo("tab\there, newline\nthere, back\\slash \\N, ëé €");
        assertThat(geladen.get(1).get("tekst")).isNull();
        assertThat(geladen.get(2).get("tekst")).isEqualTo("");
    }

    @Test
    void aKeyLoadedTwiceIsAnErrorNotASilentSkip() {
        LaadData.laad(jdbc, "t", "k, tekst, bedrag, datum, n, vlag", rijen(), LaadData.Modus.NIEUW);
        assertThatThrownBy(() -> LaadData.laad(jdbc, "t", "k, tekst, bedrag, datum, n, vlag",
                List.<Object[]>of(new Object[]{"a", "again", null, null, null, null}), LaadData.Modus.NIEUW))
                .hasMessageContaining("t");
    }

    @Test
    void replaceModeReplacesWhatAnInterruptedAttemptLeft() {
        LaadData.laad(jdbc, "t", "k, tekst, bedrag, datum, n, vlag", rijen(), LaadData.Modus.VERVANG);
        LaadData.laad(jdbc, "t", "k, tekst", List.<Object[]>of(new Object[]{"a", "opnieuw"}), LaadData.Modus.VERVANG);
        assertThat(jdbc.queryForObject("SELECT tekst FROM t WHERE k = 'a'", String.class)).isEqualTo("opnieuw");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class)).isEqualTo(3);
    }
}
