package nl.lpg.database;

/** Another live command owns the {@code --data} directory (or the database of {@code --db-url}). */
public class DataDirInUseException extends RuntimeException {
    public DataDirInUseException(String message) {
        super(message);
    }
}
