package nl.lpg.remote;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The RabbitMQ queue of the partition requests of one database: {@code lpg.partities.DATABASE.HASH}, the hash over
 * the server's host name, port and database. Manager and workers of one database meet there; a broker shared by
 * several funds (databases) keeps their requests apart, since a request names a step execution of its own database.
 */
record PartitieWachtrij(String naam) {

    static PartitieWachtrij van(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT DATABASE(), SHA2(CONCAT(@@hostname, ':', @@port, '/', DATABASE()), 256)",
                (rs, i) -> new PartitieWachtrij("lpg.partities." + rs.getString(1) + "." + rs.getString(2)
                        .substring(0, 8)));
    }
}
