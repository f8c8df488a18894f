package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tiles pick the camera's stream by their size, in real headless Chromium: on the 4-tile layout the camera plays its
 * sub stream (the decoded picture is the sub stream's width), enlarged or on the 1-tile layout its primary stream.
 */
class WebClientSecondStreamIT extends BrowserIT {

    private static final String CAMERA_NAME = "Two streams";
    private static final String SIMULATOR_CAMERA = "cam3";
    private static final Duration SWITCHED_WITHIN = Duration.ofSeconds(30);

    @Test
    void smallTilesPlayTheSubStreamAndLargeOnesThePrimary() {
        String cameraId = ensureCameraWithSubStream(CAMERA_NAME, SIMULATOR_CAMERA);
        Await.until("the recorder's second stream connected", Duration.ofSeconds(60),
                () -> secondStreamConnected(cameraId) ? true : null);
        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");

        page.pressKey("2");
        page.cameraButton(CAMERA_NAME).click();
        WebElement tile = awaitStream("secondary", 640);
        browser.screenshot("06-second-stream-4-tiles");

        new Actions(browser.driver()).doubleClick(tile.findElement(By.tagName("video"))).perform();
        awaitStream("primary", 1280);
        browser.screenshot("07-second-stream-enlarged");

        page.pressKey(Keys.ESCAPE.toString());
        awaitStream("secondary", 640);

        page.pressKey("1");
        awaitStream("primary", 1280);
        String tooltip = tile.getDomAttribute("title");
        assertEquals(CAMERA_NAME + ": primary stream (1280×720)", tooltip);
    }

    /** Waits until the camera's tile plays {@code stream}, decoded at {@code width} pixels, in one video element. */
    private WebElement awaitStream(String stream, int width) {
        return browser.await("the tile playing the " + stream + " stream at width " + width, SWITCHED_WITHIN, d -> {
            for (WebElement tile : d.findElements(By.cssSelector(".tile[data-state='live']"))) {
                List<WebElement> videos = tile.findElements(By.tagName("video"));
                if (CAMERA_NAME.equals(tile.findElement(By.cssSelector(".tile-title")).getText())
                        && stream.equals(tile.getDomAttribute("data-stream")) && videos.size() == 1
                        && width == ((Number) browser.script("return arguments[0].videoWidth;", videos.get(0)))
                        .intValue()) {
                    return tile;
                }
            }
            return null;
        });
    }

    /**
     * The 16-tile wall of WebClientLiveIT, of cameras with second streams: every tile plays its camera's sub stream.
     * What the browser dropped is written to {@code sixteen-sub-stream-tiles.json} beside the screenshots, to compare
     * with WebClientLiveIT's {@code sixteen-tiles.json} of the same cameras' primary streams (a measurement).
     */
    @Test
    void aSixteenTileWallPlaysTheSubStreams() throws IOException {
        List<String> cameras = List.of("Sub A", "Sub B", "Sub C", "Sub D");
        for (int i = 0; i < cameras.size(); i++) {
            String cameraId = ensureCameraWithSubStream(cameras.get(i), "cam" + (i + 1));
            Await.until(cameras.get(i) + "'s second stream connected", Duration.ofSeconds(60),
                    () -> secondStreamConnected(cameraId) ? true : null);
        }
        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        page.pressKey("4");
        for (int tile = 0; tile < 16; tile++) {
            page.cameraButton(cameras.get(tile % cameras.size())).click();
        }
        browser.await("all 16 tiles live on the sub stream", Duration.ofSeconds(60), d -> d.findElements(
                By.cssSelector(".tile[data-state='live'][data-stream='secondary']")).size() == 16 ? true : null);

        LiveWallPlayback.awaitEveryTilePlayingOn(browser, 16, 2.0);
        browser.screenshot("08-sixteen-sub-stream-tiles");
        LiveWallPlayback.writeArtifact("sixteen-sub-stream-tiles.json",
                "{\"playbackQuality\": \"" + LiveWallPlayback.playbackQuality(browser) + "\"}\n");
    }

    /** A camera with the simulator's sub stream as its second stream, added over REST unless it exists. */
    private static String ensureCameraWithSubStream(String name, String simulatorCamera) {
        ApiClient api = ArgusStack.api();
        String admin = api.token("admin", "admin");
        for (JsonValue camera : api.get("/cameras", admin).jsonArray()) {
            if (name.equals(camera.asJsonObject().getString("name"))) {
                return camera.asJsonObject().getString("id");
            }
        }
        ArgusStack.ensureDemoCamera(); // waits for the recorder
        ApiClient.Answer created = api.postJson("/cameras", admin, Json.createObjectBuilder().add("name", name)
                .add("streamUrl", ArgusStack.cameraUrl(simulatorCamera)).add("recorderId", ArgusStack.RECORDER_ID)
                .add("recordingMode", "OFF").add("liveStream", "SECONDARY")
                .add("liveStreamUrl", ArgusStack.cameraUrl(simulatorCamera) + "/sub").build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    private static boolean secondStreamConnected(String cameraId) {
        try {
            String health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + ArgusStack.RECORDER_MEDIA_PORT + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
            return Json.createReader(new StringReader(health)).readObject().getJsonArray("cameras").stream()
                    .map(JsonValue::asJsonObject).filter(entry -> cameraId.equals(entry.getString("cameraId")))
                    .map(entry -> entry.getJsonObject("secondaryStream"))
                    .anyMatch(stream -> stream != null && stream.getBoolean("connected"));
        } catch (Exception e) {
            return false;
        }
    }
}
