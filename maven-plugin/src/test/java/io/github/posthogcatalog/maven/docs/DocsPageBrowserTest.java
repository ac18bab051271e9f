package io.github.posthogcatalog.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the generated page in headless Chromium: the search box filters as one types, links from an
 * Action land on a visible event, and the page raises no script error and fetches nothing.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} packages; the test is skipped when
 * {@code /usr/bin/chromium} is absent. Screenshots at 1280 px and 390 px go to
 * {@code target/docs-screenshots} for a look by eye. The README's picture is made from the example
 * catalog instead, by {@code docs/images/screenshot.sh}.
 */
class DocsPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Records script errors from the first line of the page on, before the page's own script. */
    private static final String ERROR_RECORDER = "window.__docsErrors = [];"
            + "window.addEventListener('error', function (e) { window.__docsErrors.push(String(e.message)); });"
            + "window.addEventListener('unhandledrejection', function (e) { window.__docsErrors.push(String(e.reason)); });";

    private static Path docs;
    private static ChromeDriver driver;

    @BeforeAll
    static void renderPageAndOpenBrowser(@TempDir Path output, @TempDir Path userData) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "Skipped: the browser test needs Chromium at /usr/bin/chromium (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "Skipped: the browser test needs ChromeDriver at /usr/bin/chromedriver (apt-get install chromium-driver)");

        docs = output;
        DocsWriter.write(DocsFixtures.platformOps(), docs);

        // An explicit driver path keeps Selenium Manager from downloading a driver or a browser.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + userData);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Loads the page afresh, so that no search or scroll position carries over from another test. */
    private static void open(String fragment, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get("about:blank");
        driver.get(docs.resolve(DocsWriter.HTML_FILE).toUri() + fragment);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private List<String> visibleIds(String selector) {
        List<String> ids = new ArrayList<>();
        for (WebElement element : driver.findElements(By.cssSelector(selector))) {
            if (element.isDisplayed()) {
                ids.add(element.getAttribute("id"));
            }
        }
        return ids;
    }

    /** Returns the script errors and console errors the page raised, and fails on none of them itself. */
    private List<String> scriptErrors() {
        List<String> errors = new ArrayList<>();
        Object recorded = driver.executeScript("return window.__docsErrors || ['error recorder missing'];");
        if (recorded instanceof List<?> list) {
            list.forEach(error -> errors.add(String.valueOf(error)));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    @Test
    void searchFiltersEventsPropertiesAndActions() {
        open("", 1280, 900);
        WebElement search = driver.findElement(By.id("search"));
        assertThat(visibleIds("article.event")).hasSize(5);

        search.sendKeys("token");
        assertThat(visibleIds("article.event")).containsExactly("event-espi-message");
        assertThat(visibleIds("#event-espi-message tbody tr")).containsExactly("property-espi-message.token_count");
        assertThat(visibleIds("article.action")).containsExactly("action-espi-new-message");
        assertThat(driver.findElement(By.cssSelector("#events .section-count")).getText()).isEqualTo("1 of 5");

        search.clear();
        search.sendKeys("login button");
        assertThat(visibleIds("article.event")).isEmpty();
        assertThat(visibleIds("article.action")).containsExactly("action-auth-platform-login");

        search.clear();
        search.sendKeys("no such thing at all");
        assertThat(driver.findElement(By.id("no-results")).isDisplayed()).isTrue();

        search.sendKeys(Keys.ESCAPE);
        assertThat(visibleIds("article.event")).hasSize(5);
        assertThat(driver.findElement(By.id("no-results")).isDisplayed()).isFalse();
        assertThat(scriptErrors()).isEmpty();
    }

    @Test
    void actionLinkShowsItsEvent() {
        open("", 1280, 900);
        // Filter the event out first: following the link must bring it back.
        driver.findElement(By.id("search")).sendKeys("Auth: Platform");
        assertThat(visibleIds("article.event")).isEmpty();

        driver.findElement(By.cssSelector("#action-auth-platform-login ol.steps a[href='#event-platform-login']")).click();

        WebElement event = driver.findElement(By.id("event-platform-login"));
        assertThat(driver.getCurrentUrl()).endsWith("#event-platform-login");
        assertThat(event.isDisplayed()).isTrue();
        assertThat(isInViewport(event)).isTrue();
        assertThat(scriptErrors()).isEmpty();
    }

    @Test
    void eventLinkShowsItsAlertAndBack() {
        open("#event-espi-message", 1280, 900);
        assertThat(isInViewport(driver.findElement(By.id("event-espi-message")))).isTrue();

        driver.findElement(By.cssSelector("#event-espi-message a[href='#alert-espi-new-message-slack']")).click();
        assertThat(isInViewport(driver.findElement(By.id("alert-espi-new-message-slack")))).isTrue();

        driver.findElement(By.cssSelector("#alert-espi-new-message-slack a[href='#action-espi-new-message']")).click();
        assertThat(isInViewport(driver.findElement(By.id("action-espi-new-message")))).isTrue();
        assertThat(scriptErrors()).isEmpty();
    }

    @Test
    void errorRecorderCatchesScriptErrors() throws IOException {
        // Guards the checks above: a page that throws must show up in scriptErrors().
        Path broken = docs.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><title>broken</title><script>throw new Error('boom');</script>");
        driver.get(broken.toUri().toString());

        assertThat(scriptErrors()).anyMatch(error -> error.contains("boom"));
    }

    @Test
    void pageFetchesNothing() {
        open("", 1280, 900);

        Object resources = driver.executeScript("return performance.getEntriesByType('resource').length;");

        assertThat(resources).isEqualTo(0L);
        assertThat(scriptErrors()).isEmpty();
    }

    @Test
    void screenshotsAtLaptopAndPhoneWidths() throws IOException {
        Path screenshots = Path.of("target", "docs-screenshots");
        Files.createDirectories(screenshots);

        open("", 1280, 1000);
        byte[] laptop = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve("docs-page-1280.png"), laptop);
        open("#action-auth-platform-login", 1280, 1000);
        Files.write(screenshots.resolve("docs-page-1280-actions.png"), driver.getScreenshotAs(OutputType.BYTES));
        open("#event-esp-capability-mapping-requested", 390, 844);
        Files.write(screenshots.resolve("docs-page-390.png"), driver.getScreenshotAs(OutputType.BYTES));
        // A phone-width page must not scroll sideways.
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        open("#alert-agent-task-started-slack", 1280, 1000);
        Files.write(screenshots.resolve("docs-page-1280-dark.png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));

        assertThat(laptop).startsWith(0x89, 'P', 'N', 'G');
        assertThat(overflow).isEqualTo(0L);
        assertThat(scriptErrors()).isEmpty();
    }

    private boolean isInViewport(WebElement element) {
        Object inside = driver.executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.top < window.innerHeight && r.height > 0;", element);
        return Boolean.TRUE.equals(inside);
    }
}
