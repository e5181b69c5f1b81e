package nl.lpg.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * One worker at a time per partition: a named lock on the database server ({@code GET_LOCK}), per job instance and
 * partition name, held on a connection of its own while the partition runs. The server drops it when that connection
 * ends, however the worker ends (kill -9 included), so a partition handed to a second worker (the broker redelivers
 * the request of a worker that died, or of a live one whose connection to the broker broke) waits until the first
 * has really stopped, and then finds the partition's state as the first left it: completed, or committed up to a
 * chunk from which it resumes.
 */
final class PartitieSlot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PartitieSlot.class);

    private final Connection verbinding;
    private final String naam;

    private PartitieSlot(Connection verbinding, String naam) {
        this.verbinding = verbinding;
        this.naam = naam;
    }

    /**
     * Takes the lock of {@code se}'s partition, waiting as long as another worker holds it; null when
     * {@code opgeven} says to stop waiting.
     */
    static PartitieSlot neem(DataSource ds, StepExecution se, BooleanSupplier opgeven) throws SQLException {
        Connection c = ds.getConnection();
        boolean genomen = false;
        try {
            String naam;
            try (PreparedStatement s = c.prepareStatement("SELECT LEFT(CONCAT('lpg-p:', SUBSTR(SHA1(DATABASE()), 1, 8),"
                    + " ':', ?, ':', ?), 64)")) {
                s.setLong(1, se.getJobExecution().getJobInstance().getInstanceId());
                s.setString(2, se.getStepName());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    naam = rs.getString(1);
                }
            }
            boolean gemeld = false;
            while (!opgeven.getAsBoolean()) {
                try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, 5), IS_USED_LOCK(?)")) {
                    s.setString(1, naam);
                    s.setString(2, naam);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) == 1) {
                            genomen = true;
                            return new PartitieSlot(c, naam);
                        }
                        if (!gemeld) {
                            log.info("Partition {} is still being run by another worker (its database connection {});"
                                    + " waiting until that one ends", se.getStepName(), rs.getLong(2));
                            gemeld = true;
                        }
                    }
                }
            }
            return null;
        } finally {
            if (!genomen) {
                c.close();
            }
        }
    }

    @Override
    public void close() {
        try (PreparedStatement s = verbinding.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, naam);
            s.execute();
        } catch (SQLException e) {
            log.debug("Releasing {}: {}", naam, e.getMessage()); // the server drops it with the connection anyway
        } finally {
            try {
                verbinding.close();
            } catch (SQLException ignored) {
                // closed already
            }
        }
    }
}
