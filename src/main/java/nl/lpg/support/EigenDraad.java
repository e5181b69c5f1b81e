package nl.lpg.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work on a thread of its own beside the caller (the other core), and files joined without copying them through the
 * heap: what the output step and the AE closing do side by side (issue 10).
 */
public final class EigenDraad {

    private EigenDraad() {
    }

    /** Starts {@code werk} on a daemon thread named {@code naam}. */
    public static <T> CompletableFuture<T> start(String naam, Supplier<T> werk) {
        return CompletableFuture.supplyAsync(werk, runnable -> {
            Thread t = new Thread(runnable, naam);
            t.setDaemon(true);
            t.start();
        });
    }

    /** Waits for the work; its own exception comes through as thrown, not wrapped. */
    public static <T> T wacht(CompletableFuture<T> werk) {
        try {
            return werk.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Appends the whole file {@code f} at the channel's position. */
    public static void voegToe(Path f, FileChannel uit) throws IOException {
        try (FileChannel in = FileChannel.open(f)) {
            long n = in.size();
            for (long p = 0; p < n; ) {
                p += in.transferTo(p, n - p, uit);
            }
        }
    }
}
