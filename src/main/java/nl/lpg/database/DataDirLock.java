package nl.lpg.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One owner per {@code --data}: an OS file lock on {@code DATA/lpg.lock}, holding the owner's pid and what it runs.
 * The operating system releases the lock when the owner dies, however it dies ({@code kill -9} included), so a lock
 * never outlives its process and a second live command is refused at once instead of waiting on the database.
 */
public final class DataDirLock implements AutoCloseable {

    static final String FILE = "lpg.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link DataDirInUseException} naming the owner; never waits. */
    public static DataDirLock acquire(Path dataDir, String omschrijving) {
        Path file = dataDir.resolve(FILE);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held by this very JVM
            }
            if (l == null) {
                String owner = Files.readString(file, StandardCharsets.UTF_8).strip().replace('\n', ' ');
                ch.close();
                throw new DataDirInUseException("--data " + dataDir + " is in use by "
                        + (owner.isEmpty() ? "another command" : owner) + "; run this command when that one has ended");
            }
            ch.truncate(0);
            String eigenaar = "pid " + ProcessHandle.current().pid() + " (" + omschrijving + ", since "
                    + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ")\n";
            ch.write(ByteBuffer.wrap(eigenaar.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new DataDirLock(ch, l);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel closes below; the OS drops the lock with it
        }
        closeQuietly(channel);
    }
}
