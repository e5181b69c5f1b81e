package nl.lpg.database;

/** JDBC URLs as they may be shown to a person: host, port and database, never a user or password. */
public final class JdbcUrls {

    private JdbcUrls() {
    }

    public static String zonderGeheimen(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "";
        }
        int q = jdbcUrl.indexOf('?');
        String s = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        int at = s.indexOf('@'); // jdbc:mariadb://user:pw@host form
        int slashes = s.indexOf("//");
        if (at > 0 && slashes >= 0 && at > slashes) {
            s = s.substring(0, slashes + 2) + s.substring(at + 1);
        }
        return s;
    }
}
