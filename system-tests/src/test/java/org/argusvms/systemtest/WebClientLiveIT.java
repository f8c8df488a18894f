package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator's first minute, in real headless Chromium against the whole stack: open the web client, get sent to
 * Keycloak, sign in, find the demo camera in the list, open it on a live tile and see moving video — frames that
 * the browser decoded through Media Source Extensions from the recorder's WebSocket, not a poster or a black box.
 */
class WebClientLiveIT extends BrowserIT {

    /** The simulated cameras play 25 fps; one second of played video proves the stream keeps flowing. */
    private static final double MIN_PLAYED_SECONDS = 1.0;

    /**
     * Draws the tile's current frame, scaled down, on a canvas and describes its pixels: how many distinct colours
     * (quantised to 4 bits per channel, so encoder noise on a flat frame does not count) and the luma range.
     */
    static final String SAMPLE_FRAME = """
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

    @Test
    void operatorSignsInThroughKeycloakAndWatchesTheDemoCameraLive() {
        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        WebElement camera = page.cameraButton(ArgusStack.demoCameraName());
        browser.screenshot("02-camera-list");

        camera.click();
        assertLiveTilePlaysAPicture(ArgusStack.demoCameraName(), "03-live-tile");
    }

    /**
     * An H.265 camera on a tile: Debian's Chromium cannot decode HEVC through MSE, so the player says so in its
     * request and the recorder sends an H.264 transcode, which its /health entry shows running.
     */
    @Test
    void anH265CameraPlaysThroughTheRecordersH264TranscodeWhereTheBrowserLacksHevc() throws Exception {
        String cameraId = ArgusStack.ensureCamera("HEVC entrance", ArgusStack.H265_SIMULATOR_CAMERA);
        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");

        page.cameraButton("HEVC entrance").click();
        assertLiveTilePlaysAPicture("HEVC entrance", "05-h265-live-tile");

        boolean browserPlaysHevc = (Boolean) browser.script(
                "return MediaSource.isTypeSupported('video/mp4; codecs=\"hvc1.1.6.L123.B0\"');");
        String health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + ArgusStack.RECORDER_MEDIA_PORT + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
        JsonObject camera = Json.createReader(new StringReader(health)).readObject().getJsonArray("cameras")
                .stream().map(JsonValue::asJsonObject).filter(entry -> cameraId.equals(entry.getString("cameraId")))
                .findFirst().orElseThrow();
        assertEquals(!browserPlaysHevc, camera.getBoolean("transcoding"), camera.toString());
    }

    /** Waits for the camera's tile to go live, lets it play on, and checks that the browser decoded a picture. */
    private void assertLiveTilePlaysAPicture(String cameraName, String screenshot) {
        WebElement video = browser.await("a live tile showing " + cameraName, Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector(".tile[data-state='live']")).stream()
                        .filter(tile -> cameraName.equals(tile.findElement(By.cssSelector(".tile-title")).getText()))
                        .map(tile -> tile.findElement(By.tagName("video")))
                        .findFirst().orElse(null));

        double firstTime = currentTime(video);
        browser.await("the live video to play on for " + MIN_PLAYED_SECONDS + " s", Duration.ofSeconds(8),
                d -> currentTime(video) >= firstTime + MIN_PLAYED_SECONDS);

        @SuppressWarnings("unchecked")
        Map<String, Object> frame = (Map<String, Object>) browser.script(SAMPLE_FRAME, video);
        browser.screenshot(screenshot);
        assertTrue(number(frame.get("width")) > 0 && number(frame.get("height")) > 0,
                "the browser knows the decoded picture size: " + frame);
        assertTrue(number(frame.get("colours")) >= 4 && number(frame.get("lumaRange")) >= 24,
                "the drawn frame has a picture, not one flat colour: " + frame);
    }

    /**
     * A full 16-tile wall (four cameras, each on four tiles — one recorder connection per camera fans out to every
     * tile) must reach Live on every tile and keep every tile playing. How long that took and what the browser
     * dropped are written to {@code sixteen-tiles.json} beside the screenshots; they are measurements, not assertions.
     */
    @Test
    void aSixteenTileWallPlaysEveryTile() throws IOException {
        List<String> cameras = List.of(ArgusStack.demoCameraName(), "Gate", "Dock", "Yard");
        for (int i = 1; i < cameras.size(); i++) {
            ArgusStack.ensureCamera(cameras.get(i), "cam" + (i + 1));
        }
        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        page.pressKey("4");
        browser.await("the 16-tile layout", Duration.ofSeconds(5),
                d -> "16".equals(d.findElement(By.id("wall")).getDomAttribute("data-layout")));

        long start = System.nanoTime();
        for (int tile = 0; tile < 16; tile++) {
            page.cameraButton(cameras.get(tile % cameras.size())).click();
        }
        browser.await("all 16 tiles live", Duration.ofSeconds(60),
                d -> d.findElements(By.cssSelector(".tile[data-state='live']")).size() == 16);
        long allLiveMillis = (System.nanoTime() - start) / 1_000_000;

        LiveWallPlayback.awaitEveryTilePlayingOn(browser, 16, 2.0);
        browser.screenshot("04-sixteen-tiles");

        Object quality = LiveWallPlayback.playbackQuality(browser);
        LiveWallPlayback.writeArtifact("sixteen-tiles.json",
                "{\"millisUntilAllLive\": " + allLiveMillis + ", \"playbackQuality\": \"" + quality + "\"}\n");
    }

    private double currentTime(WebElement video) {
        return LiveWallPlayback.currentTime(browser, video);
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
