package org.argusvms.benchmark;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The operator web client's live page in Debian's headless Chromium, driven through chromedriver (Selenium, as the
 * system tests drive it), with the B4/B5 probe ({@code live-latency-probe.js}) installed. Both binaries are given to
 * Selenium explicitly so Selenium Manager never downloads anything; the profile is fresh and deleted on close.
 */
final class WebClientBrowser implements AutoCloseable {

    /** No GPU, no sandbox (containers), nothing that phones home; video may autoplay without a click. */
    private static final List<String> CHROMIUM_ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required",
            "--window-size=1600,900");
    private static final Duration PAGE_PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final String probe;

    WebClientBrowser(Path chromium, Path chromedriver) throws IOException {
        this.probe = probeScript();
        this.profile = Files.createTempDirectory("argus-bench-chromium-");
        this.service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(CHROMIUM_ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
        driver.manage().timeouts().scriptTimeout(PAGE_PATIENCE);
    }

    /** Opens the web client, signs in on Keycloak's form and waits for the live page with its camera list. */
    void signIn(String webClientUrl, String username, String password) {
        driver.get(webClientUrl);
        await("Keycloak's login form", d -> !d.findElements(By.id("username")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        await(username + " signed in", d -> d.getCurrentUrl().startsWith(webClientUrl)
                && !d.findElements(By.id("user-name")).isEmpty());
        script(probe);
    }

    /** Shows {@code tiles} tiles (1, 4, 9 or 16: the wall's keys 1-4) and clears every tile. */
    void emptyWall(int tiles) {
        String key = switch (tiles) {
            case 1 -> "1";
            case 4 -> "2";
            case 9 -> "3";
            case 16 -> "4";
            default -> throw new IllegalArgumentException("the wall shows 1, 4, 9 or 16 tiles, not " + tiles);
        };
        driver.findElement(By.tagName("body")).sendKeys(key);
        await(tiles + " tiles", d -> String.valueOf(tiles).equals(d.findElement(By.id("wall")).getDomAttribute("data-layout")));
        script("document.querySelectorAll('.tile:not([data-state=\"empty\"]) .tile-close').forEach(b => b.click());");
        await("an empty wall", d -> d.findElements(By.cssSelector(".tile:not([data-state='empty'])")).isEmpty());
    }

    /** Puts each camera (by name) on the next tile and waits until every one plays live. */
    void open(List<String> cameraNames) {
        for (String name : cameraNames) {
            await("camera " + name + " in the list", d -> cameraButton(name) != null);
            script("arguments[0].click();", cameraButton(name));
        }
        await(cameraNames.size() + " live tiles",
                d -> d.findElements(By.cssSelector(".tile[data-state='live']")).size() == cameraNames.size());
    }

    Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    Object asyncScript(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javaScript, arguments);
    }

    String version() {
        return driver.getCapabilities().getBrowserName() + " " + driver.getCapabilities().getBrowserVersion();
    }

    private Object cameraButton(String name) {
        return script("return Array.from(document.querySelectorAll('button.camera'))"
                + ".find(b => b.dataset.cameraName === arguments[0]) || null;", name);
    }

    private void await(String what, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, PAGE_PATIENCE, Duration.ofMillis(100)).withMessage("waiting for " + what)
                .ignoring(RuntimeException.class).until(condition::apply);
    }

    private static String probeScript() throws IOException {
        try (InputStream in = WebClientBrowser.class.getResourceAsStream("live-latency-probe.js")) {
            if (in == null) {
                throw new IOException("live-latency-probe.js is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
