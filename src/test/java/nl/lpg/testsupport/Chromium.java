package nl.lpg.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium and chromedriver for the browser tests. Where they are missing and the tests run as root, they
 * are installed once per test run ({@code apt-get install -y chromium chromium-driver}, after an
 * {@code apt-get update} when the first attempt fails; 10 minutes at most). Where that is impossible (not root, no
 * apt-get, no network) the tests of the class are skipped with the reason.
 */
public final class Chromium implements BeforeAllCallback {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final long INSTALLATIE_MINUTEN = 10;

    /** Why the browser is not there (null: it is), decided once per JVM. */
    private static String reden;
    private static boolean bekeken;

    @Override
    public void beforeAll(ExtensionContext context) {
        String r = zorgVoorChromium();
        Assumptions.assumeTrue(r == null, () -> "browser tests skipped: " + r);
    }

    static synchronized String zorgVoorChromium() {
        if (!bekeken) {
            bekeken = true;
            reden = installeer();
        }
        return reden;
    }

    private static boolean aanwezig() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    private static String installeer() {
        if (aanwezig()) {
            return null;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return DRIVER + " or " + BROWSER + " is missing and the tests do not run as root to install them"
                    + " (apt-get install chromium chromium-driver)";
        }
        if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return DRIVER + " is missing and there is no apt-get to install Debian's chromium-driver";
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(INSTALLATIE_MINUTEN);
        String uit = apt(deadline, "install", "-y", "--no-install-recommends", "chromium", "chromium-driver");
        if (!aanwezig()) {
            apt(deadline, "update");
            uit = apt(deadline, "install", "-y", "--no-install-recommends", "chromium", "chromium-driver");
        }
        return aanwezig() ? null : "apt-get install chromium chromium-driver did not install them: " + uit;
    }

    /** Runs apt-get; returns the last line it printed (or why it could not run). */
    private static String apt(long deadline, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("apt-get", "-q", "-o", "DPkg::Lock::Timeout=120"));
        cmd.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("lpg-apt-", ".log");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process p = pb.start();
            long rest = Math.max(1, deadline - System.nanoTime());
            if (!p.waitFor(rest, TimeUnit.NANOSECONDS)) {
                p.destroyForcibly();
                return "apt-get " + args[0] + " took more than " + INSTALLATIE_MINUTEN + " minutes";
            }
            List<String> regels = Files.readAllLines(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return "exit " + p.exitValue() + (regels.isEmpty() ? "" : ": " + regels.get(regels.size() - 1));
        } catch (IOException e) {
            return "apt-get could not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * A headless Chromium with a fresh profile in {@code profiel}: no network of its own (no updates, sync or QUIC),
     * a window of 1400x1000 for the screenshots.
     */
    public static ChromeDriver driver(Path profiel) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BROWSER.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profiel.toAbsolutePath());
        ChromeDriverService s = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        ChromeDriver d = new ChromeDriver(s, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        d.manage().timeouts().implicitlyWait(Duration.ofSeconds(5)); // the page after a click may still be loading
        return d;
    }

    /** For {@code @ExtendWith(Chromium.class)}. */
    public Chromium() {
    }
}
