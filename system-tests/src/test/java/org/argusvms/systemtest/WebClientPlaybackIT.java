package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.argusvms.systemtest.WebClientLiveIT.SAMPLE_FRAME;
import static org.argusvms.systemtest.WebClientLiveIT.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator looks at what a camera recorded ten seconds ago, in headless Chromium: Playback page, camera, instant,
 * and a decoded frame of that instant in the video element — also for an H.265 camera in a browser without HEVC.
 */
class WebClientPlaybackIT extends BrowserIT {

    /** Types an instant (epoch milliseconds, the script's argument) into the instant field, in local time. */
    static final String TYPE_INSTANT = """
            const date = new Date(arguments[0]);
            const pad = n => String(n).padStart(2, '0');
            document.getElementById('playback-instant').value = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`
              + `-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
            """;

    /** The page seeks to the instant inside the clip; the decoder lands on a frame within a frame or two of it. */
    private static final double SEEK_TOLERANCE_SECONDS = 0.25;

    @Test
    void operatorSeesTheRecordedPictureOfAnInstantTenSecondsAgo() {
        WebElement video = showTheRecordedPictureOfTenSecondsAgo(ArgusStack.ensureDemoCamera(),
                ArgusStack.demoCameraName(), "05-playback");
        assertEquals("", video.getDomAttribute("data-transcoded"), "an H.264 recording is played as recorded");

        browser.script("""
                const speed = document.getElementById('playback-speed');
                speed.value = '16';
                speed.dispatchEvent(new Event('change'));
                """);
        WebElement fast = browser.await("a keyframe-only clip for ×16", Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("main#playback[data-state='showing'] video[data-keyframes='true']"))
                        .stream().findFirst().orElse(null));
        assertEquals(16.0, number(browser.script("return arguments[0].playbackRate;", fast)));
        @SuppressWarnings("unchecked")
        Map<String, Object> keyframe = (Map<String, Object>) browser.script(SAMPLE_FRAME, fast);
        assertTrue(number(keyframe.get("width")) > 0 && number(keyframe.get("lumaRange")) >= 24,
                "the keyframe clip decodes too: " + keyframe);
    }

    /**
     * An H.265 camera's recording in a browser without HEVC (Debian's Chromium): the recorder transcodes the clip to
     * H.264 and the operator sees the picture of the instant all the same.
     */
    @Test
    void operatorSeesAnH265CamerasRecordingWhateverTheBrowserDecodes() {
        String camera = ArgusStack.ensureCamera("HEVC entrance", ArgusStack.H265_SIMULATOR_CAMERA);
        WebElement video = showTheRecordedPictureOfTenSecondsAgo(camera, "HEVC entrance", "05-playback-h265");
        boolean browserPlaysHevc = !"".equals(browser.script(
                "return arguments[0].canPlayType('video/mp4; codecs=\"hvc1.1.6.L123.B0\"');", video));
        assertEquals(browserPlaysHevc ? "" : "h264", video.getDomAttribute("data-transcoded"),
                "transcoded exactly when the browser lacks HEVC");
    }

    /** Types the instant ten seconds ago for the camera and checks the decoded picture shown is of that instant. */
    private WebElement showTheRecordedPictureOfTenSecondsAgo(String cameraId, String cameraName, String screenshot) {
        ApiClient api = ArgusStack.api();
        Instant instant = PlaybackIT.awaitRecorded(api, api.token("operator", "operator"), cameraId,
                Duration.ofSeconds(12), Duration.ofSeconds(7)).minusSeconds(10);

        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        page.openPlayback();
        page.cameraButton(cameraName).click();
        browser.await("the timeline showing recorded spans", Duration.ofSeconds(30),
                d -> d.findElement(By.id("timeline-track")).getDomAttribute("data-spans") != null
                        && !"0".equals(d.findElement(By.id("timeline-track")).getDomAttribute("data-spans")) ? true : null);
        browser.script(TYPE_INSTANT, instant.toEpochMilli());
        Instant typed = Instant.ofEpochSecond(instant.getEpochSecond()); // the input has whole seconds
        browser.driver().findElement(By.id("playback-go")).click();

        WebElement video = browser.await("the recorded video of the instant", Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("main#playback[data-state='showing'] video")).stream()
                        .findFirst().orElse(null));
        browser.screenshot(screenshot);

        Instant clipStart = Instant.parse(video.getDomAttribute("data-clip-start"));
        double expectedOffset = Duration.between(clipStart, typed).toMillis() / 1000.0;
        double currentTime = number(browser.script("return arguments[0].currentTime;", video));
        assertEquals(expectedOffset, currentTime, SEEK_TOLERANCE_SECONDS, "the video stands at the typed instant");
        @SuppressWarnings("unchecked")
        Map<String, Object> frame = (Map<String, Object>) browser.script(SAMPLE_FRAME, video);
        assertTrue(number(frame.get("width")) > 0 && number(frame.get("colours")) >= 4
                && number(frame.get("lumaRange")) >= 24, "a decoded picture, not a blank frame: " + frame);
        return video;
    }

    @Test
    void operatorExportsARangeAndSeesTheDownloadComplete() {
        String demoCamera = ArgusStack.ensureDemoCamera();
        ApiClient api = ArgusStack.api();
        Instant to = PlaybackIT.awaitRecorded(api, api.token("operator", "operator"), demoCamera,
                Duration.ofSeconds(8), Duration.ofSeconds(2)).minusSeconds(2);

        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        page.openPlayback();
        browser.script("""
                const form = document.getElementById('export-form');
                const local = ms => {
                  const date = new Date(ms);
                  const pad = n => String(n).padStart(2, '0');
                  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
                    + `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
                };
                form.elements.from.value = local(arguments[0]);
                form.elements.to.value = local(arguments[1]);
                form.querySelector(`input[name="camera"][value="${arguments[2]}"]`).checked = true;
                """, to.minusSeconds(5).toEpochMilli(), to.toEpochMilli(), demoCamera);
        browser.driver().findElement(By.id("export-start")).click();

        String status = browser.await("the export to finish", Duration.ofSeconds(30), d -> {
            String text = d.findElement(By.id("export-status")).getText();
            return text.startsWith("Exported") || text.contains("fail") || text.contains("cannot") ? text : null;
        });
        browser.screenshot("06-export");
        assertTrue(status.startsWith("Exported " + demoCamera), status);
    }
}
