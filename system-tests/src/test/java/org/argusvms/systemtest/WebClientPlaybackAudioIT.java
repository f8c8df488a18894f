package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Recorded sound on the playback page, in headless Chromium: a user who may listen gets a sound button once the clip
 * plays and hears it when pressed; an operator without AUDIO_LISTEN plays the same recording without any sound
 * reaching the browser.
 */
class WebClientPlaybackAudioIT extends BrowserIT {

    private static final String CAMERA = "Doorbell";

    @Test
    void aUserWhoMayListenTurnsTheRecordedSoundOn() {
        WebElement video = playRecordingAsOf("admin");
        WebElement sound = browser.await("the sound button", Duration.ofSeconds(15),
                d -> d.findElement(By.id("playback-sound")).isDisplayed() ? d.findElement(By.id("playback-sound")) : null);
        assertEquals(Boolean.TRUE, browser.script("return arguments[0].muted;", video), "recordings start muted");

        sound.click();

        assertEquals(Boolean.FALSE, browser.script("return arguments[0].muted;", video));
        assertEquals("true", sound.getDomAttribute("aria-pressed"));
        browser.screenshot("playback-sound-on");
    }

    @Test
    void anOperatorWithoutTheRightPlaysTheRecordingWithoutSound() {
        WebElement video = playRecordingAsOf("operator");
        double start = WebClientLiveIT.number(browser.script("return arguments[0].currentTime;", video));
        browser.await("a second of playback", Duration.ofSeconds(15),
                d -> WebClientLiveIT.number(browser.script("return arguments[0].currentTime;", video)) >= start + 1);

        assertFalse(browser.driver().findElement(By.id("playback-sound")).isDisplayed());
        assertEquals(0.0, WebClientLiveIT.number(browser.script(
                "return arguments[0].webkitAudioDecodedByteCount;", video)), "the clip carries no sound");
    }

    /** Signs in, shows what the camera recorded ten seconds ago and presses Play. */
    private WebElement playRecordingAsOf(String user) {
        String cameraId = ArgusStack.ensureCamera(CAMERA, ArgusStack.AUDIO_SIMULATOR_CAMERA);
        ApiClient api = ArgusStack.api();
        Instant instant = PlaybackIT.awaitRecorded(api, api.token("operator", "operator"), cameraId,
                Duration.ofSeconds(12), Duration.ofSeconds(7)).minusSeconds(10);
        WebClientPage page = WebClientPage.signIn(browser, user, user);
        page.openPlayback();
        page.cameraButton(CAMERA).click();
        browser.await("the timeline showing recorded spans", Duration.ofSeconds(30),
                d -> !"0".equals(String.valueOf(d.findElement(By.id("timeline-track")).getDomAttribute("data-spans")))
                        && d.findElement(By.id("timeline-track")).getDomAttribute("data-spans") != null ? true : null);
        browser.script(WebClientPlaybackIT.TYPE_INSTANT, instant.toEpochMilli());
        browser.driver().findElement(By.id("playback-go")).click();
        WebElement video = browser.await("the recorded video of the instant", Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("main#playback[data-state='showing'] video")).stream()
                        .findFirst().orElse(null));
        browser.driver().findElement(By.id("playback-toggle")).click();
        return video;
    }
}
