package org.argusvms.systemtest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A full live wall as the browser tests measure it: every tile playing on, and what the browser decoded and dropped. */
final class LiveWallPlayback {

    private LiveWallPlayback() {
    }

    /** Waits until each of the {@code tiles} tiles' video has played {@code seconds} more than now. */
    static void awaitEveryTilePlayingOn(BrowserSession browser, int tiles, double seconds) {
        List<WebElement> videos = browser.driver().findElements(By.cssSelector(".tile video"));
        assertEquals(tiles, videos.size());
        double[] before = videos.stream().mapToDouble(video -> currentTime(browser, video)).toArray();
        browser.await("every tile to play on for " + seconds + " s", Duration.ofSeconds(10), d -> {
            for (int i = 0; i < videos.size(); i++) {
                if (currentTime(browser, videos.get(i)) < before[i] + seconds) {
                    return null;
                }
            }
            return true;
        });
    }

    /** Per tile: the decoded picture's width, frames decoded and frames dropped so far. */
    static Object playbackQuality(BrowserSession browser) {
        return browser.script("""
                return Array.from(document.querySelectorAll('.tile video')).map(v => {
                  const q = v.getVideoPlaybackQuality();
                  return { width: v.videoWidth, total: q.totalVideoFrames, dropped: q.droppedVideoFrames };
                });""");
    }

    /** Writes a measurement beside the screenshots (a test artifact, not an assertion). */
    static void writeArtifact(String fileName, String json) throws IOException {
        Path artifacts = Path.of(System.getProperty("argus.screenshots.dir", "target/screenshots"));
        Files.createDirectories(artifacts);
        Files.writeString(artifacts.resolve(fileName), json);
    }

    static double currentTime(BrowserSession browser, WebElement video) {
        return ((Number) browser.script("return arguments[0].currentTime;", video)).doubleValue();
    }
}
