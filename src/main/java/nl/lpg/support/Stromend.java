package nl.lpg.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Queries whose result grows with the delivery (every PVP, every signal) are streamed, a thousand rows at a time:
 * without a fetch size the MariaDB driver reads the whole result into memory first.
 */
public final class Stromend {
    private Stromend() {
    }

    public static final int FETCH_SIZE = 1000;

    /** A template over the same data source (and so the same transaction) that streams its results. */
    public static JdbcTemplate van(JdbcTemplate jdbc) {
        JdbcTemplate t = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource()));
        t.setFetchSize(FETCH_SIZE);
        return t;
    }
}
