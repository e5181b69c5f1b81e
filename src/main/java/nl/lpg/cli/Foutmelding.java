package nl.lpg.cli;

import nl.lpg.database.DataDirInUseException;
import nl.lpg.database.DatabaseUnavailableException;
import nl.lpg.support.Meldingen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * The one line a user sees on stderr for an error that is not about the input: what failed and what to do next,
 * without a stack trace (that goes to the log at DEBUG).
 */
final class Foutmelding {

    private Foutmelding() {
    }

    static String eenRegel(Throwable t) {
        if (t instanceof DataDirInUseException || t instanceof DatabaseUnavailableException
                || t instanceof nl.lpg.remote.BrokerOnbereikbaar) {
            return Meldingen.eersteRegel(t.getMessage());
        }
        Throwable root = t;
        boolean database = false;
        boolean io = false;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            root = c;
            database |= c instanceof SQLException || c instanceof DatabaseUnavailableException
                    || c.getClass().getName().startsWith("org.springframework.dao")
                    || c.getClass().getName().startsWith("org.springframework.jdbc");
            io |= c instanceof IOException || c instanceof UncheckedIOException;
        }
        String m = Meldingen.eersteRegel(root.getMessage());
        if (m.isEmpty()) {
            m = root.getClass().getSimpleName();
        }
        if (database) {
            return "database error: " + m + "; run the same command again to resume once the database is back";
        }
        if (io) {
            return "I/O error: " + m;
        }
        return "internal error: " + root.getClass().getSimpleName() + ": " + m;
    }
}
