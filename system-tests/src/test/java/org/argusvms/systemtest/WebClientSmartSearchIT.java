package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.RecordedMedia;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.argusvms.systemtest.WebClientLiveIT.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Smart search on the playback page, in headless Chromium, on the simulator's testsrc camera with motion detection
 * switched on through the REST API:
 * a gradient scrolls through the band at 75–83 % of the picture height, the top-left stays still (the scene
 * MotionDetectionIT checks on the recorder alone). The operator draws the region with the mouse, searches the
 * timeline's range, and plays back from a hit; a still region says so. Without PLAYBACK there is no motion data.
 */
class WebClientSmartSearchIT extends BrowserIT {

    private static final String MOVING_CAMERA = "Test card";
    private static final String MOVING_SIMULATOR_PATH = "cam3";
    /** Seeking lands within a frame or two of the hit's start. */
    private static final double SEEK_TOLERANCE_SECONDS = 0.5;

    @Test
    void operatorDrawsTheMovingBandFindsMotionAndPlaysBackFromAHit() {
        String camera = cameraWithMotionDetection();
        WebClientPage page = openPlaybackOf(camera);

        page.pressKey("r");
        assertEquals("true", browser.driver().findElement(By.id("smart-search-draw")).getDomAttribute("aria-pressed"),
                "R switches the region drawing on");
        drag(0.02, 0.77, 0.98, 0.81);
        browser.driver().findElement(By.id("smart-search-start")).click();

        String outcome = awaitOutcome();
        browser.screenshot("08-smart-search-hits");
        assertEquals("hits", outcome, statusText());
        WebElement hit = browser.driver().findElement(By.cssSelector("#motion-hits .motion-hit"));
        Instant hitStart = Instant.parse(hit.getDomAttribute("data-start"));
        assertTrue(recordedAt(camera, hitStart), "the hit " + hitStart + " lies in what the camera recorded");
        assertTrue(!browser.driver().findElements(By.cssSelector("#timeline-motion .timeline-motion-hit")).isEmpty(),
                "hits are marked on the timeline");

        hit.click();
        WebElement video = browser.await("the recorded video at the hit", Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("main#playback[data-state='showing'] video")).stream()
                        .findFirst().orElse(null));
        double shownAt = Instant.parse(video.getDomAttribute("data-clip-start")).toEpochMilli() / 1000.0
                + number(browser.script("return arguments[0].currentTime;", video));
        assertEquals(hitStart.toEpochMilli() / 1000.0, shownAt, SEEK_TOLERANCE_SECONDS,
                "playback stands at the start of the hit");
        browser.screenshot("09-smart-search-played");
    }

    @Test
    void theTimelineShowsDetectedMotionWithoutASearch() {
        String camera = cameraWithMotionDetection();
        String stillName = "Motion off " + System.nanoTime();
        String still = ArgusStack.ensureCamera(stillName, "cam2"); // a new camera: motion detection off
        WebClientPage page = openPlaybackOf(camera);
        WebElement lane = browser.await("the motion lane drawn", Duration.ofSeconds(30), d -> d.findElements(
                By.cssSelector("#timeline-activity[data-state='ready']")).stream().findFirst().orElse(null));
        assertTrue(Integer.parseInt(lane.getDomAttribute("data-intervals")) > 0, "the moving band's motion is shown");
        assertFalse(lane.findElements(By.className("timeline-activity-mark")).isEmpty(), "as marks on the timeline");
        browser.screenshot("10-timeline-motion-lane");

        page.cameraButton(stillName).click();
        browser.await("the motion lane of " + still + " drawn empty", Duration.ofSeconds(30), d -> d.findElements(
                By.cssSelector("#timeline-activity[data-state='ready'][data-intervals='0']")).isEmpty() ? null : true);
        assertTrue(browser.driver().findElements(By.cssSelector("#timeline-activity .timeline-activity-mark")).isEmpty());
    }

    @Test
    void aStillRegionGivesTheNoMotionMessage() {
        String camera = cameraWithMotionDetection();
        WebClientPage page = openPlaybackOf(camera);

        browser.driver().findElement(By.id("smart-search-draw")).click();
        drag(0.02, 0.02, 0.45, 0.28); // testsrc's top-left: plain colour, never changes
        page.pressKey("r");
        assertEquals("false", browser.driver().findElement(By.id("smart-search-draw")).getDomAttribute("aria-pressed"),
                "R switches the region drawing off again");
        browser.driver().findElement(By.id("smart-search-start")).click();

        String outcome = awaitOutcome();
        browser.screenshot("10-smart-search-none");
        assertEquals("none", outcome, statusText());
        assertTrue(statusText().startsWith("No motion in the marked region"), statusText());
        assertEquals("0", browser.driver().findElement(By.id("motion-hits")).getDomAttribute("data-count"));
    }

    @Test
    void aUserWithoutPlaybackGetsNoMotionData() {
        ApiClient api = ArgusStack.api();
        String guard = api.token("guard", "guard");
        String guardCamera = GuardRole.define(api, api.token("admin", "admin"));
        Instant now = Instant.now();

        ApiClient.Answer refused = api.post("/cameras/" + guardCamera + "/playback-access", guard, "application/json", "");
        assertEquals(403, refused.status(), "no playback ticket, so no motion URL: " + refused.body());

        String liveUrl = api.post("/cameras/" + guardCamera + "/live-access", guard, "application/json", "")
                .json().getString("webSocketUrl");
        String motionWithLiveTicket = liveUrl.replaceFirst("^ws", "http").replace("/live/", "/motion/");
        String motionWithoutTicket = motionWithLiveTicket.substring(0, motionWithLiveTicket.indexOf('?') + 1);
        for (String url : List.of(motionWithLiveTicket, motionWithoutTicket)) {
            HttpResponse<String> answer = RecordedMedia.getText(RecordedMedia.withRange(url, now.minusSeconds(60), now));
            assertEquals(403, answer.statusCode(), url.replaceFirst("ticket=[^&]+", "ticket=…") + ": " + answer.body());
            assertTrue(!answer.body().contains("intervals"), answer.body());
        }
    }

    /** The testsrc camera, recording, with motion detection on and motion already stored for the scrolling band. */
    static String cameraWithMotionDetection() {
        String camera = ArgusStack.ensureCamera(MOVING_CAMERA, MOVING_SIMULATOR_PATH);
        ApiClient api = ArgusStack.api();
        switchMotionDetectionOn(api, camera);
        String operator = api.token("operator", "operator");
        PlaybackIT.awaitRecorded(api, operator, camera, Duration.ofSeconds(8), Duration.ofSeconds(2));
        String motionUrl = api.post("/cameras/" + camera + "/playback-access", operator, "application/json", "")
                .json().getString("motionUrl");
        Await.until("motion stored for the scrolling band", Duration.ofSeconds(60), () -> {
            Instant now = Instant.now();
            JsonObject answer = RecordedMedia.json(RecordedMedia.getText(RecordedMedia.withRange(motionUrl,
                    now.minusSeconds(600), now) + "&region=" + URLEncoder.encode("0,0.76;1,0.82", StandardCharsets.UTF_8))
                    .body());
            return answer.getJsonArray("intervals").isEmpty() ? null : true;
        });
        return camera;
    }

    /** As an administrator would: the camera's motion settings through the REST API, which pushes them on. */
    private static void switchMotionDetectionOn(ApiClient api, String camera) {
        String admin = api.token("admin", "admin");
        JsonObject current = api.get("/cameras/" + camera, admin).json();
        if (current.getJsonObject("motion").getBoolean("enabled")) {
            return;
        }
        ApiClient.Answer changed = api.putJson("/cameras/" + camera, admin, Json.createObjectBuilder(current)
                .add("motion", Json.createObjectBuilder().add("enabled", true)).build());
        assertEquals(200, changed.status(), changed.body());
    }

    private WebClientPage openPlaybackOf(String camera) {
        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        page.openPlayback();
        page.cameraButton(MOVING_CAMERA).click();
        browser.await("the timeline of " + camera, Duration.ofSeconds(30),
                d -> !"0".equals(d.findElement(By.id("timeline-track")).getDomAttribute("data-spans"))
                        && d.findElement(By.id("timeline-track")).getDomAttribute("data-spans") != null ? true : null);
        return page;
    }

    private void drag(double fromX, double fromY, double toX, double toY) {
        drag(browser, fromX, fromY, toX, toY);
    }

    /** Drags the mouse over the picture from one point to another, in fractions of the picture's width and height. */
    static void drag(BrowserSession browser, double fromX, double fromY, double toX, double toY) {
        WebElement region = browser.await("the region overlay", Duration.ofSeconds(10),
                d -> d.findElement(By.id("motion-region")).isDisplayed() ? d.findElement(By.id("motion-region")) : null);
        int width = region.getRect().getWidth();
        int height = region.getRect().getHeight();
        // Selenium offsets count from the element's centre.
        new Actions(browser.driver())
                .moveToElement(region, (int) ((fromX - 0.5) * width), (int) ((fromY - 0.5) * height))
                .clickAndHold()
                .moveToElement(region, (int) ((toX - 0.5) * width), (int) ((toY - 0.5) * height))
                .release()
                .perform();
        browser.await("the drawn rectangle", Duration.ofSeconds(5),
                d -> d.findElements(By.cssSelector("#motion-region .motion-rectangle:not(.is-new)")).isEmpty() ? null : true);
    }

    private String awaitOutcome() {
        return awaitOutcome(browser);
    }

    static String awaitOutcome(BrowserSession browser) {
        return browser.await("the smart search's outcome", Duration.ofSeconds(30), d -> {
            String state = d.findElement(By.id("smart-search")).getDomAttribute("data-state");
            return List.of("hits", "none", "error").contains(state) ? state : null;
        });
    }

    private String statusText() {
        return statusText(browser);
    }

    static String statusText(BrowserSession browser) {
        return browser.driver().findElement(By.id("smart-search-status")).getText();
    }

    /** Whether the camera's recordings cover the instant. */
    private static boolean recordedAt(String camera, Instant instant) {
        ApiClient api = ArgusStack.api();
        String recordingsUrl = api.post("/cameras/" + camera + "/playback-access", api.token("operator", "operator"),
                "application/json", "").json().getString("recordingsUrl");
        JsonObject listing = RecordedMedia.json(RecordedMedia.getText(RecordedMedia.withRange(recordingsUrl,
                instant.minusSeconds(60), instant.plusSeconds(60))).body());
        return listing.getJsonArray("spans").stream().map(JsonValue::asJsonObject)
                .anyMatch(span -> !Instant.parse(span.getString("from")).isAfter(instant)
                        && Instant.parse(span.getString("to")).isAfter(instant));
    }
}
