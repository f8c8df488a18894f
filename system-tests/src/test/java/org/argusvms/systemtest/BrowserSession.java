package org.argusvms.systemtest;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A real headless Chromium driven through chromedriver, with a fresh profile per session. Both binaries are the
 * Debian packages by default ({@code -Dargus.chromium=…}, {@code -Dargus.chromedriver=…} to override) and are
 * given to Selenium explicitly, so Selenium Manager never tries to download a browser or a driver.
 * Screenshots and the browser console go to {@code argus.screenshots.dir} (default target/screenshots).
 */
public final class BrowserSession implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("argus.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("argus.chromedriver", "/usr/bin/chromedriver"));
    private static final Path ARTIFACTS = Path.of(System.getProperty("argus.screenshots.dir", "target/screenshots"));

    /** No GPU, no sandbox (containers), nothing that phones home; video may autoplay without a click. */
    private static final List<String> CHROMIUM_ARGUMENTS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required",
            "--window-size=1600,900", "--lang=en-US");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private BrowserSession(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    public static BrowserSession start() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = createProfileDirectory();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(CHROMIUM_ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        try {
            return new BrowserSession(service, new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Polls {@code condition} until it returns something other than null or false, and returns that; fails naming
     * {@code what} after {@code timeout}. Exceptions thrown while the page changes count as "not yet".
     */
    public <T> T await(String what, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .withMessage("waiting for " + what)
                .ignoring(RuntimeException.class)
                .until(condition::apply);
    }

    public Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** Saves a PNG of the viewport as {@code <name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(ARTIFACTS);
            Path file = ARTIFACTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what the page logged to the browser console, for reading after a failure. */
    public Path saveConsoleLog(String name) {
        try {
            Files.createDirectories(ARTIFACTS);
            Path file = ARTIFACTS.resolve(name + "-console.log");
            List<String> lines = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString)
                    .toList();
            Files.write(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(profile);
        }
    }

    private static Path createProfileDirectory() {
        try {
            return Files.createTempDirectory("argus-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless; the test result matters more.
        }
    }
}
