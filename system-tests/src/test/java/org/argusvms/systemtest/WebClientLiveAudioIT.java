package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sound of a live tile in real headless Chromium: muted when it starts, audible after the operator presses the
 * tile's speaker (an analyser on the video element hears the camera's tone), and not offered at all to a user
 * without AUDIO_LISTEN, whose browser never decodes an audio byte.
 */
class WebClientLiveAudioIT extends BrowserIT {

    private static final String CAMERA = "Doorbell";

    /** Routes the video's sound through an analyser (and on to the speakers) and returns the context's state. */
    private static final String ATTACH_ANALYSER = """
            const video = arguments[0];
            const context = new AudioContext();
            const analyser = context.createAnalyser();
            analyser.fftSize = 2048;
            context.createMediaElementSource(video).connect(analyser);
            analyser.connect(context.destination);
            window.argusTestAnalyser = analyser;
            return context.resume().then(() => context.state);
            """;
    /** The loudest sample of the last 2048 the analyser heard (0 for silence, up to 1). */
    private static final String PEAK = """
            const samples = new Float32Array(window.argusTestAnalyser.fftSize);
            window.argusTestAnalyser.getFloatTimeDomainData(samples);
            return samples.reduce((peak, sample) => Math.max(peak, Math.abs(sample)), 0);
            """;

    /** AAC reaches the browser as it came, G.711 as FLAC (Media Source plays no G.711). */
    @ParameterizedTest
    @CsvSource({CAMERA + ", " + ArgusStack.AUDIO_SIMULATOR_CAMERA, "Intercom, " + ArgusStack.G711_SIMULATOR_CAMERA})
    void unmutingATileLetsTheOperatorHearTheCamera(String cameraName, String simulatorPath) {
        ArgusStack.ensureCamera(cameraName, simulatorPath); // before signing in: the page lists the cameras it had
        WebClientPage page = WebClientPage.signIn(browser, "admin", "admin");
        WebElement tile = showCameraLive(page, cameraName);
        WebElement speaker = browser.await("the tile's speaker button", Duration.ofSeconds(15),
                d -> tile.findElement(By.cssSelector(".tile-sound")).isDisplayed()
                        ? tile.findElement(By.cssSelector(".tile-sound")) : null);
        WebElement video = tile.findElement(By.tagName("video"));
        assertEquals(Boolean.TRUE, browser.script("return arguments[0].muted;", video), "a tile starts muted");
        assertEquals("false", speaker.getDomAttribute("aria-pressed"));
        browser.script(ATTACH_ANALYSER, video);
        double mutedPeak = peakOver(Duration.ofSeconds(1));

        speaker.click();

        browser.await("the speaker pressed", Duration.ofSeconds(5), d -> "true".equals(speaker.getDomAttribute("aria-pressed")));
        assertEquals(Boolean.FALSE, browser.script("return arguments[0].muted;", video));
        double heardPeak = browser.await("the camera's tone in the analyser", Duration.ofSeconds(10), d -> {
            double peak = WebClientLiveIT.number(browser.script(PEAK));
            return peak > 0.05 ? peak : null;
        });
        browser.screenshot("live-tile-unmuted-" + simulatorPath);
        assertTrue(mutedPeak < 0.01, "silent while muted: " + mutedPeak);
        assertTrue(heardPeak > 0.05, "audible once unmuted: " + heardPeak);
        assertTrue(WebClientLiveIT.number(browser.script("return arguments[0].webkitAudioDecodedByteCount;", video)) > 0);

        page.pressKey("m");
        browser.await("muted again by the M key", Duration.ofSeconds(5), d -> "false".equals(speaker.getDomAttribute("aria-pressed")));
        assertEquals(Boolean.TRUE, browser.script("return arguments[0].muted;", video));
    }

    @Test
    void aUserWithoutTheRightToListenGetsNoSpeakerAndNoSound() {
        ArgusStack.ensureCamera(CAMERA, ArgusStack.AUDIO_SIMULATOR_CAMERA);
        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        WebElement tile = showCameraLive(page, CAMERA);
        WebElement video = tile.findElement(By.tagName("video"));
        double start = WebClientLiveIT.number(browser.script("return arguments[0].currentTime;", video));
        browser.await("a second of live video", Duration.ofSeconds(10),
                d -> WebClientLiveIT.number(browser.script("return arguments[0].currentTime;", video)) >= start + 1);

        assertFalse(tile.findElement(By.cssSelector(".tile-sound")).isDisplayed(), "no speaker without AUDIO_LISTEN");
        assertEquals(0.0, WebClientLiveIT.number(browser.script("return arguments[0].webkitAudioDecodedByteCount;",
                video)), "not an audio byte reached the browser's decoder");
        page.pressKey("m");
        assertEquals(Boolean.TRUE, browser.script("return arguments[0].muted;", video), "M changes nothing");
    }

    /** Puts a camera with sound on a tile and waits for it to play. */
    private WebElement showCameraLive(WebClientPage page, String cameraName) {
        page.cameraButton(cameraName).click();
        return browser.await("a live tile showing " + cameraName, Duration.ofSeconds(60),
                d -> d.findElements(By.cssSelector(".tile[data-state='live']")).stream()
                        .filter(tile -> cameraName.equals(tile.findElement(By.cssSelector(".tile-title")).getText()))
                        .findFirst().orElse(null));
    }

    /** The loudest sample heard over a while. */
    private double peakOver(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        double peak = 0;
        while (System.nanoTime() < end) {
            peak = Math.max(peak, WebClientLiveIT.number(browser.script(PEAK)));
        }
        return peak;
    }
}
