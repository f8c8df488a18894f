package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator's first minute, in real headless Chromium against the whole stack: open the web client, get sent to
 * Keycloak, sign in, find the demo camera in the list, open it on a live tile and see moving video — frames that
 * the browser decoded through Media Source Extensions from the recorder's WebSocket, not a poster or a black box.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class WebClientLiveIT {

    /** The simulated cameras play 25 fps; one second of played video proves the stream keeps flowing. */
    private static final double MIN_PLAYED_SECONDS = 1.0;

    /**
     * Draws the tile's current frame, scaled down, on a canvas and describes its pixels: how many distinct colours
     * (quantised to 4 bits per channel, so encoder noise on a flat frame does not count) and the luma range.
     */
    private static final String SAMPLE_FRAME = """
            const video = arguments[0];
            const canvas = document.createElement('canvas');
            canvas.width = 160;
            canvas.height = 90;
            const context = canvas.getContext('2d', { willReadFrequently: true });
            context.drawImage(video, 0, 0, canvas.width, canvas.height);
            const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
            const colours = new Set();
            let darkest = 255, brightest = 0;
            for (let i = 0; i < pixels.length; i += 4) {
              const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
              colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
              const luma = 0.299 * r + 0.587 * g + 0.114 * b;
              darkest = Math.min(darkest, luma);
              brightest = Math.max(brightest, luma);
            }
            return { width: video.videoWidth, height: video.videoHeight,
                     colours: colours.size, lumaRange: brightest - darkest };
            """;

    private BrowserSession browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeEach
    void startBrowser() {
        browser = BrowserSession.start();
    }

    @AfterEach
    void keepEvidenceAndCloseBrowser(TestInfo test) {
        String name = test.getTestMethod().map(Method::getName).orElse("test");
        try {
            browser.screenshot(name + "-end");
            browser.saveConsoleLog(name);
        } finally {
            browser.close();
        }
    }

    @Test
    void operatorSignsInThroughKeycloakAndWatchesTheDemoCameraLive() {
        String webClient = String.valueOf(ArgusStack.webClientUrl());
        String keycloak = String.valueOf(ArgusStack.keycloakUrl());
        String cameraName = String.valueOf(ArgusStack.demoCameraName());

        browser.open(webClient);
        browser.await("Keycloak's login form", Duration.ofSeconds(30),
                driver -> driver.getCurrentUrl().startsWith(keycloak) && isPresent(driver, By.id("username")));
        browser.screenshot("01-keycloak-login");

        WebDriver driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys("operator");
        driver.findElement(By.id("password")).sendKeys("operator");
        driver.findElement(By.id("kc-login")).click();

        WebElement camera = browser.await("the demo camera \"" + cameraName + "\" in the camera list",
                Duration.ofSeconds(30),
                d -> d.getCurrentUrl().startsWith(webClient) ? cameraButton(d, cameraName) : null);
        assertEquals("operator", driver.findElement(By.id("user-name")).getText(), "signed-in user in the header");
        browser.screenshot("02-camera-list");

        camera.click();
        WebElement video = browser.await("a live tile showing the demo camera", Duration.ofSeconds(30),
                d -> d.findElement(By.cssSelector(".tile[data-state='live'] video")));

        double firstTime = currentTime(video);
        browser.await("the live video to play on for " + MIN_PLAYED_SECONDS + " s", Duration.ofSeconds(8),
                d -> currentTime(video) >= firstTime + MIN_PLAYED_SECONDS);

        @SuppressWarnings("unchecked")
        Map<String, Object> frame = (Map<String, Object>) browser.script(SAMPLE_FRAME, video);
        browser.screenshot("03-live-tile");
        assertTrue(number(frame.get("width")) > 0 && number(frame.get("height")) > 0,
                "the browser knows the decoded picture size: " + frame);
        assertTrue(number(frame.get("colours")) >= 4 && number(frame.get("lumaRange")) >= 24,
                "the drawn frame has a picture, not one flat colour: " + frame);
    }

    private static WebElement cameraButton(WebDriver driver, String cameraName) {
        return driver.findElements(By.cssSelector("button.camera")).stream()
                .filter(button -> cameraName.equals(button.getDomAttribute("data-camera-name")))
                .findFirst()
                .orElse(null);
    }

    private static boolean isPresent(WebDriver driver, By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    private double currentTime(WebElement video) {
        return number(browser.script("return arguments[0].currentTime;", video));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
