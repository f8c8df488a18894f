package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.RecordedMedia;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator exports a range of the demo camera on the playback page; the file the browser saved is a standard MP4
 * that ffprobe reads, holding H.264 video of at least the range asked for.
 */
class WebClientExportIT extends BrowserIT {

    /** The export starts at the keyframe at or before "from": up to one GOP (the simulator's is 1 s) longer. */
    private static final double ONE_GOP_SECONDS = 1.0;

    @Test
    void theFileAnOperatorExportsInTheBrowserIsAnMp4ThatFfprobeReads() throws IOException {
        String demoCamera = ArgusStack.ensureDemoCamera();
        ApiClient api = ArgusStack.api();
        Instant to = PlaybackIT.awaitRecorded(api, api.token("operator", "operator"), demoCamera,
                Duration.ofSeconds(8), Duration.ofSeconds(2)).minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);

        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        page.openPlayback();
        browser.script("""
                const form = document.getElementById('export-form');
                form.elements.from.value = arguments[0];
                form.elements.to.value = arguments[1];
                form.querySelector(`input[name="camera"][value="${arguments[2]}"]`).click();
                """, localInput(to.minusSeconds(5)), localInput(to), demoCamera);
        browser.driver().findElement(By.id("export-start")).click();
        String status = browser.await("the export saved", Duration.ofSeconds(30), d -> {
            String text = d.findElement(By.id("export-status")).getText();
            return text.startsWith("Exported") || text.contains("fail") || text.contains("cannot") ? text : null;
        });
        browser.screenshot("10-export-saved");
        assertTrue(status.startsWith("Exported " + demoCamera), status);

        Path file = Files.createTempFile("argus-browser-export-", ".mp4");
        try {
            Files.write(file, savedFile());
            assertEquals("h264", RecordedMedia.ffprobeVideoCodec(file));
            double seconds = RecordedMedia.ffprobeDuration(file);
            assertTrue(seconds >= 4.9 && seconds <= 5.0 + ONE_GOP_SECONDS + 0.1, "duration " + seconds + " s");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What a datetime-local input holds for {@code instant}: the browser's (= this machine's) local time. */
    private static String localInput(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).toString();
    }

    /** The bytes of the file the page saved (its object URL, kept on the status for a minute), read in the browser. */
    private byte[] savedFile() {
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('export-status').dataset.fileUrl)
                  .then(response => response.blob())
                  .then(blob => {
                    const reader = new FileReader();
                    reader.onload = () => done(reader.result.substring(reader.result.indexOf(',') + 1));
                    reader.readAsDataURL(blob);
                  }, error => done('error: ' + error));
                """);
        return Base64.getDecoder().decode((String) base64);
    }
}
