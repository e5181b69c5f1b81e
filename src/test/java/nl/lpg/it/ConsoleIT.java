package nl.lpg.it;

import nl.lpg.testsupport.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console as its users meet it (issue 14): {@code bin/lpg demo}, then {@code bin/lpg serve --data
 * var/demo}, each in a JVM of its own, and Debian's Chromium (headless, driven by Selenium) logging in as each role:
 * the operator sees the runs and the workbooks and is refused the held units; the reviewer filters signals, sees a
 * held unit with its BSN masked, approves it with a reason and sees the stand and the next nota change; the auditor
 * sees the BSN and the trail of a PVP. Forms without their CSRF token and pages without a login are refused.
 * Screenshots of every page go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(Chromium.class)
class ConsoleIT {

    private static final Path SCHERMEN = Path.of("target", "screenshots");
    private static final String PNR_191 = "000000000000100"; // held for BR191 in 2026-03-levering-L001-1.xml
    private static final String PNR_61 = "000000000000104";  // held for BR61 in the same delivery

    private Path tmp;
    private EngineProces serve;
    private ChromeDriver browser;
    private String basis;
    private final Map<String, String> wachtwoorden = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void demoEnServe() throws Exception {
        tmp = Files.createTempDirectory("lpg-console-");
        Files.createDirectories(SCHERMEN);
        try (EngineProces demo = EngineProces.start("demo", "--data", tmp.resolve("var").toString(), "--out",
                tmp.resolve("out").toString())) {
            assertThat(demo.wacht(300)).as(demo.staart()).isZero();
        }
        for (String l : Files.readAllLines(tmp.resolve("var/demo/console-logins.txt"))) {
            if (!l.startsWith("#")) {
                String[] d = l.split(" ");
                wachtwoorden.put(d[0], d[1]);
            }
        }
        Path jobs = Files.createDirectories(tmp.resolve("jobs"));
        Files.writeString(jobs.resolve("jobs.yaml"), """
                jobs:
                  - name: werkboeken
                    schedule: "0 0 1 1 *"
                    command: check-parameters
                    arguments: ["%s"]
                """.formatted(EngineFixture.PARAMETERS.toAbsolutePath()));
        int port = vrijePoort();
        basis = "http://127.0.0.1:" + port;
        serve = EngineProces.start("serve", "--port", String.valueOf(port), "--data", tmp.resolve("var/demo").toString(),
                "--out", tmp.resolve("out").toString(), "--jobs", jobs.toString());
        assertThat(serve.wachtOp(l -> l.contains("Console on http"), 180)).as(serve.staart()).isTrue();
        browser = Chromium.driver(tmp.resolve("chromium-profiel"));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.process.destroy(); // SIGTERM: serve stops its embedded database
            serve.wacht(60);
        }
    }

    @Test
    @Order(1)
    void nothingIsVisibleWithoutLoggingIn() throws Exception {
        HttpResponse<String> r = get("/runs", null);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/health", null).body()).contains("\"status\":\"UP\"");

        browser.get(basis + "/held");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("demo-reviewer");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("inloggen")).click();
        assertThat(browser.findElement(By.id("login-fout")).getText()).contains("wrong password");
        scherm("01-login");
    }

    @Test
    @Order(2)
    void theOperatorSeesTheRunsAndTheWorkbooksAndIsRefusedTheHeldUnits() throws Exception {
        login("demo-operator");
        browser.get(basis + "/runs");
        assertThat(browser.findElement(By.id("gebruiker")).getText()).isEqualTo("demo-operator (operator)");
        List<WebElement> runs = browser.findElements(By.cssSelector("#runs tbody tr"));
        assertThat(runs).hasSize(14); // the demo's 11 deliveries and 3 premium runs
        assertThat(browser.findElement(By.id("runs")).getText()).contains("process 2026-03-levering-L001-1.xml")
                .contains("premium-run 2026-02");
        scherm("02-runs-operator");

        browser.findElement(By.linkText(runId("2026-03-levering-L001-1.xml"))).click();
        assertThat(browser.findElement(By.id("stappen")).getText()).contains("ikvVerwerking").contains("standBijwerken");
        assertThat(browser.findElement(By.id("bestanden")).getText()).contains("signals.csv").contains("report.xlsx");
        String csv = browser.findElement(By.linkText("signals.csv")).getAttribute("href");
        assertThat(get(URI.create(csv).getPath(), sessie()).body()).startsWith("regel,aard,opdrachtgever");
        scherm("03-run");

        browser.get(basis + "/held");
        assertThat(browser.findElement(By.id("geweigerd")).getText()).isEqualTo("Not allowed");
        assertThat(get("/held", sessie()).statusCode()).isEqualTo(403);
        assertThat(get("/trail", sessie()).statusCode()).isEqualTo(403);
        assertThat(browser.findElements(By.linkText("Held units"))).isEmpty();
        scherm("04-refused-operator");

        browser.get(basis + "/parameters");
        assertThat(browser.findElement(By.id("versies")).getText()).contains("in --parameters now");
        assertThat(browser.findElement(By.id("geldigheid")).getText()).contains("Productvarianten").contains("valid");
        scherm("05-parameters");
        logout();
    }

    @Test
    @Order(3)
    void theReviewerFiltersSignalsAndSeesAMaskedBsn() throws Exception {
        login("demo-reviewer");
        String run = runId("2026-03-levering-L001-1.xml");
        browser.get(basis + "/signals");
        new Select(browser.findElement(By.id("f-run"))).selectByValue(run);
        new Select(browser.findElement(By.id("f-aard"))).selectByValue("INTERNE_BEOORDELING");
        browser.findElement(By.id("filteren")).click();
        wachtOpTekst("aantal", "3 signals match");
        List<WebElement> rijen = browser.findElements(By.cssSelector("#signalen tbody tr"));
        assertThat(rijen).hasSize(3).allSatisfy(r -> assertThat(r.getText()).contains("INTERNE_BEOORDELING"));
        browser.findElement(By.id("f-regel")).sendKeys("BR191");
        browser.findElement(By.id("filteren")).click();
        wachtOpTekst("aantal", "1 signals match");
        rijen = browser.findElements(By.cssSelector("#signalen tbody tr"));
        assertThat(rijen).hasSize(1);
        assertThat(rijen.get(0).getText()).contains("BR191").contains(PNR_191);
        scherm("06-signals-filtered");

        openGehouden(PNR_191);
        String bsn = browser.findElement(By.id("bsn")).getText();
        assertThat(bsn).matches("\\*{7}[0-9]{2}");
        assertThat(browser.getPageSource()).doesNotContainPattern(">\\s*[0-9]{9}\\s*<");
        scherm("07-held-unit-masked");
    }

    @Test
    @Order(4)
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        openGehouden(PNR_61);
        String unit = browser.findElement(By.id("unit")).getText();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(basis + "/held/" + unit + "/decision"))
                .header("Cookie", sessie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("besluit=reject&reden=zonder+token")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("besluit")).getText()).isEqualTo("open");
    }

    @Test
    @Order(5)
    void theReviewerApprovesAHeldUnitAndSeesTheStandAndTheNextNotaChange() throws Exception {
        browser.get(basis + "/nota");
        assertThat(browser.findElement(By.id("nota-titel")).getText()).startsWith("Next nota: 2026-03");
        String voor = browser.findElement(By.id("premie-totaal")).getText();
        String notaVoor = browser.findElement(By.id("nota")).getText();

        openGehouden(PNR_191);
        assertThat(browser.findElement(By.id("stand")).getText()).as("the held March is not in the stand yet")
                .contains("L001/2026-02/1").doesNotContain("L001/2026-03/1");
        browser.findElement(By.id("reden")).sendKeys("BRP bevestigt de geboortedatum; akkoord.");
        browser.findElement(By.id("goedkeuren")).click();
        assertThat(browser.findElement(By.id("gedaan")).getText()).startsWith("APPROVED ");
        assertThat(browser.findElement(By.id("besluit")).getText()).startsWith("APPROVED by demo-reviewer")
                .endsWith("BRP bevestigt de geboortedatum; akkoord.");
        String stand = browser.findElement(By.id("stand")).getText();
        assertThat(stand).contains("2026-03-01").contains("L001/2026-03/1");
        assertThat(browser.findElement(By.id("stand-pvps")).getText()).contains("OPNP");
        scherm("08-approved-stand");

        browser.findElement(By.id("naar-nota")).click();
        String na = browser.findElement(By.id("premie-totaal")).getText();
        assertThat(na).isNotEqualTo(voor);
        assertThat(browser.findElement(By.id("nota")).getText()).isNotEqualTo(notaVoor).contains("A1000");
        assertThat(browser.findElements(By.cssSelector("#grafieken svg"))).isNotEmpty();
        scherm("09-next-nota");

        // the same decision again: refused as bin/lpg review refuses it
        HttpResponse<String> held = get("/held?alle=true", sessie());
        assertThat(held.body()).contains("APPROVED by demo-reviewer");
        logout();
    }

    @Test
    @Order(6)
    void theAuditorSeesTheBsnAndTheTrailOfAPvpButDecidesNothing() throws Exception {
        login("demo-auditor");
        browser.get(basis + "/held?alle=true");
        openGehouden(PNR_191);
        assertThat(browser.findElement(By.id("bsn")).getText()).matches("[0-9]{9}");
        assertThat(browser.findElements(By.id("besluit-form"))).isEmpty();

        String run = runId("2026-03-levering-L001-1.xml");
        browser.get(basis + "/trail?personeelsnummer=" + PNR_191 + "&run=" + run);
        browser.findElements(By.cssSelector("#pvps a.spoor-link")).get(0).click();
        assertThat(browser.findElement(By.id("formule")).getText()).contains("premiepercentage");
        assertThat(browser.findElement(By.id("parameters")).getText()).contains("Productvarianten")
                .containsPattern("[0-9a-f]{64}");
        assertThat(browser.findElement(By.id("parameter-rij")).getText()).contains("OPNP");
        assertThat(browser.findElement(By.id("regels")).getText()).containsPattern("<pensioenVerzekeringPeriode"
                + " datumAanvang=\"2026-03-01\"[^>]*premie=\"[0-9.]+\"");
        assertThat(browser.findElement(By.id("leveringen")).getText()).contains("APPROVED by demo-reviewer");
        assertThat(browser.findElement(By.id("spoor-bsn")).getText()).matches("[0-9]{9}");
        scherm("10-trail-auditor");

        browser.get(basis + "/nota?periode=2026-02");
        assertThat(browser.findElement(By.id("nota-titel")).getText()).isEqualTo("Nota 2026-02");
        scherm("11-nota-2026-02");
        logout();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void login(String gebruiker) {
        browser.get(basis + "/login");
        browser.findElement(By.id("username")).sendKeys(gebruiker);
        browser.findElement(By.id("password")).sendKeys(wachtwoorden.get(gebruiker));
        browser.findElement(By.id("inloggen")).click();
        assertThat(browser.findElement(By.id("gebruiker")).getText()).as("logged in").startsWith(gebruiker + " (");
    }

    /** Waits (10 s at most) until the element's text starts with {@code begin}: the page after a submit is there. */
    private void wachtOpTekst(String id, String begin) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d -> {
            try {
                return d.findElement(By.id(id)).getText().startsWith(begin);
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    private void logout() {
        browser.findElement(By.cssSelector("form.uit button")).click();
        // the page after the submit (10 s at most), as wachtOpTekst waits for it: the click returns before it is there
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/login?logout"));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the assertion below says what was there instead
        }
        assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
    }

    /** The held unit of this personeelsnummer (the list shows the decided ones too). */
    private void openGehouden(String pnr) {
        browser.get(basis + "/held?alle=true");
        WebElement rij = browser.findElements(By.cssSelector("#gehouden tbody tr")).stream()
                .filter(r -> r.getText().contains(pnr)).findFirst().orElseThrow();
        rij.findElement(By.tagName("a")).click();
    }

    private String runId(String levering) {
        String bron = browser.getCurrentUrl();
        browser.get(basis + "/runs");
        WebElement rij = browser.findElements(By.cssSelector("#runs tbody tr")).stream()
                .filter(r -> r.getText().contains(levering)).findFirst().orElseThrow();
        String id = rij.findElement(By.tagName("a")).getText();
        browser.get(bron);
        return id;
    }

    private String sessie() {
        return "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
    }

    private HttpResponse<String> get(String pad, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(basis + pad));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void scherm(String naam) throws IOException {
        Path f = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(f, SCHERMEN.resolve(naam + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
