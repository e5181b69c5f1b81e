package nl.lpg.database;

import nl.lpg.support.Meldingen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One owner per database on a MariaDB server ({@code --db-url}): a named lock ({@code GET_LOCK}) held on a connection
 * of its own for the whole command. The server drops it when that connection ends, however the command ends.
 */
public final class ServerLock implements AutoCloseable {

    private final Connection connection;

    private ServerLock(Connection connection) {
        this.connection = connection;
    }

    public static ServerLock acquire(String jdbcUrl, String omschrijving) {
        Connection c;
        try {
            c = DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot reach the database at " + JdbcUrls.zonderGeheimen(jdbcUrl)
                    + ": " + Meldingen.eersteRegel(e.getMessage()), e);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(CONCAT('lpg-engine:', DATABASE()), 0),"
                + " IS_USED_LOCK(CONCAT('lpg-engine:', DATABASE()))")) {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    long andere = rs.getLong(2);
                    c.close();
                    throw new DataDirInUseException("the database " + JdbcUrls.zonderGeheimen(jdbcUrl)
                            + " is in use by another lpg command (its connection " + andere
                            + "); run this command (" + omschrijving + ") when that one has ended");
                }
            }
            return new ServerLock(c);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
            throw new DatabaseUnavailableException("cannot lock the database at " + JdbcUrls.zonderGeheimen(jdbcUrl)
                    + ": " + Meldingen.eersteRegel(e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the server releases the lock with the connection
        }
    }
}
