package nl.lpg.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The engine as a user starts it: {@code LpgMain} in a JVM of its own (with its own embedded database unless
 * {@code --db-url} is given), its stdout and stderr collected line by line so a test can act on what it says.
 */
final class EngineProces implements AutoCloseable {

    final Process process;
    final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
    final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    private final Thread out;
    private final Thread err;

    private EngineProces(Process process) {
        this.process = process;
        this.out = pomp(process.getInputStream(), stdout);
        this.err = pomp(process.getErrorStream(), stderr);
    }

    /** Starts {@code lpg ARGS}; every progress line is logged ({@code lpg.progress-interval-ms=0}). */
    static EngineProces start(List<String> jvmOpties, String... args) throws IOException {
        return start(System.getProperty("java.class.path"), jvmOpties, args);
    }

    /** As above, with another class path (another build of the engine). */
    static EngineProces start(String classpath, List<String> jvmOpties, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-Dlpg.progress-interval-ms=0");
        cmd.addAll(jvmOpties);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add("nl.lpg.cli.LpgMain");
        cmd.addAll(List.of(args));
        return new EngineProces(new ProcessBuilder(cmd).start());
    }

    static EngineProces start(String... args) throws IOException {
        return start(List.of(), args);
    }

    private static Thread pomp(java.io.InputStream in, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(l);
                        lines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until a stdout line matches; false if the process ended first or the time ran out. */
    boolean wachtOp(Predicate<String> regel, long seconden) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconden);
        int gezien = 0;
        synchronized (stdout) {
            while (System.nanoTime() < deadline) {
                for (; gezien < stdout.size(); gezien++) {
                    if (regel.test(stdout.get(gezien))) {
                        return true;
                    }
                }
                if (!process.isAlive() && !out.isAlive()) {
                    return false;
                }
                stdout.wait(50);
            }
        }
        return false;
    }

    /**
     * SIGTERM, as an orchestrator or an operator stops a service. Through the process handle: {@code Process.destroy}
     * would also close this side of the output pipes, and what the process says while it stops would be lost.
     */
    void sigterm() {
        process.toHandle().destroy();
    }

    /** Waits until a stdout line matches and returns it; null if the process ended first or the time ran out. */
    String wachtOpRegel(Predicate<String> regel, long seconden) throws InterruptedException {
        String[] gevonden = new String[1];
        return wachtOp(l -> {
            if (regel.test(l)) {
                gevonden[0] = l;
                return true;
            }
            return false;
        }, seconden) ? gevonden[0] : null;
    }

    /** SIGKILL, as the OOM killer or a host crash would end it: no shutdown hook runs. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int wacht(long seconden) throws InterruptedException {
        if (!process.waitFor(seconden, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the engine did not end within " + seconden + " s; stdout tail: " + staart());
        }
        out.join(5000);
        err.join(5000);
        return process.exitValue();
    }

    String staart() {
        synchronized (stdout) {
            return String.join("\n", stdout.subList(Math.max(0, stdout.size() - 30), stdout.size()))
                    + "\nSTDERR:\n" + String.join("\n", stderr);
        }
    }

    String alles() {
        synchronized (stdout) {
            return String.join("\n", stdout) + "\n" + String.join("\n", stderr);
        }
    }

    /** A finished command: exit status, everything it said, stdout and stderr. */
    record Uitslag(int exit, String alles, List<String> stdout, List<String> stderr) {
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
