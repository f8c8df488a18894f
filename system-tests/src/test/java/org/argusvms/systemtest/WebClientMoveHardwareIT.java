package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Move to…" on the configuration page, then the playback page fetching each instant from the recorder that
 * recorded it: the old recorder before the move, the new one after it (docs/design/move-hardware.md).
 */
class WebClientMoveHardwareIT extends BrowserIT {

    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final DateTimeFormatter INSTANT_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ApiClient api = ArgusStack.api();

    @Test
    void anAdministratorMovesACameraAndPlaybackFollowsItAcrossRecorders() {
        String name = "Relocated " + System.nanoTime();
        String camera = ArgusStack.ensureCamera(name, "cam4");
        String second = ArgusStack.secondRecorder();
        String operator = api.token("operator", "operator");
        PlaybackIT.awaitRecorded(api, operator, camera, Duration.ofSeconds(8), Duration.ofSeconds(1));

        WebClientPage page = WebClientPage.signIn(browser, "admin", "admin");
        browser.driver().findElement(By.id("nav-configuration")).click();
        browser.await("the camera's Move to… answered", PAGE, d -> {
            d.findElement(By.cssSelector("main#admin[data-state='ready'] #camera-list tr[data-camera-id='" + camera
                    + "'] .camera-move")).click();
            return d.findElement(By.cssSelector("#camera-list tr[data-camera-id='" + camera + "'] .camera-move-target"));
        });
        new Select(browser.driver().findElement(By.cssSelector(".camera-move-target"))).selectByValue(second);
        browser.screenshot("move-hardware-question");
        browser.driver().findElement(By.cssSelector(".camera-move-confirm")).click();
        browser.await("the camera listed on " + second, PAGE, d -> d.findElement(By.cssSelector(
                "#camera-list tr[data-camera-id='" + camera + "']")).getText().contains(second) ? true : null);
        assertEquals(second, api.get("/cameras/" + camera, operator).json().getString("recorderId"));

        Instant recordedOnSecond = PlaybackIT.awaitRecorded(api, operator, camera, Duration.ofSeconds(4),
                Duration.ofSeconds(1));
        List<JsonObject> spans = api.post("/cameras/" + camera + "/playback-access", operator, "application/json", "")
                .json().getJsonArray("spans").stream().map(JsonValue::asJsonObject).toList();
        Instant moved = Instant.parse(spans.get(1).getString("from"));

        page.openPlayback();
        page.cameraButton(name).click();
        browser.await("the timeline drawn from both recorders", PAGE, d -> recorderCalls("/recordings/").stream()
                .anyMatch(url -> url.contains(":" + ArgusStack.RECORDER_MEDIA_PORT + "/"))
                && recorderCalls("/recordings/").stream()
                .anyMatch(url -> url.contains(":" + ArgusStack.SECOND_RECORDER_MEDIA_PORT + "/")) ? true : null);

        assertShownFrom(moved.minusSeconds(3), ArgusStack.RECORDER_MEDIA_PORT);
        assertShownFrom(recordedOnSecond.minusSeconds(2), ArgusStack.SECOND_RECORDER_MEDIA_PORT);
        browser.screenshot("move-hardware-playback");
    }

    @Test
    void theTimelineStillShowsWhatTheOtherRecordersHoldWhenAnOldRecorderIsDown() {
        String name = "Returned " + System.nanoTime();
        String camera = ArgusStack.ensureCamera(name, "cam3");
        String second = ArgusStack.secondRecorder();
        String admin = api.token("admin", "admin");
        String operator = api.token("operator", "operator");
        moveThroughApi(camera, second, admin);
        PlaybackIT.awaitRecorded(api, operator, camera, Duration.ofSeconds(4), Duration.ofSeconds(1));
        moveThroughApi(camera, ArgusStack.RECORDER_ID, admin);
        Instant recordedBack = PlaybackIT.awaitRecorded(api, operator, camera, Duration.ofSeconds(4),
                Duration.ofSeconds(1));
        ArgusStack.stopSecondRecorder();

        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        page.openPlayback();
        page.cameraButton(name).click();
        WebElement track = browser.await("the timeline drawn without the stopped recorder's period", PAGE, d ->
                d.findElements(By.cssSelector("main#playback[data-state='idle'] #timeline-track[data-unavailable='1']"))
                        .stream().findFirst().orElse(null));
        assertTrue(Integer.parseInt(track.getDomAttribute("data-spans")) > 0, "the recordings of the recorder that"
                + " answers are drawn");
        assertTrue(browser.driver().findElement(By.id("playback-status")).getText().contains("does not answer"),
                browser.driver().findElement(By.id("playback-status")).getText());
        browser.screenshot("move-hardware-old-recorder-down");
        assertShownFrom(recordedBack.minusSeconds(2), ArgusStack.RECORDER_MEDIA_PORT);
    }

    private void moveThroughApi(String camera, String recorderId, String admin) {
        long version = api.get("/cameras/" + camera, admin).json().getJsonNumber("version").longValue();
        ApiClient.Answer moved = api.postJson("/cameras/" + camera + "/move", admin, Json.createObjectBuilder()
                .add("recordingServerId", recorderId).add("version", version).build());
        assertEquals(200, moved.status(), moved.body());
    }

    /** Types the instant, shows it, and checks the clip came from the recorder on {@code mediaPort} and holds it. */
    private void assertShownFrom(Instant instant, int mediaPort) {
        Instant typed = Instant.ofEpochSecond(instant.getEpochSecond()); // the input has whole seconds
        browser.script("document.getElementById('playback-instant').value = arguments[0];",
                INSTANT_INPUT.format(LocalDateTime.ofInstant(typed, ZoneId.systemDefault())));
        int clipsBefore = recorderCalls("/playback/").size();
        browser.driver().findElement(By.id("playback-go")).click();
        WebElement video = browser.await("the recorded video of " + typed, PAGE, d ->
                recorderCalls("/playback/").size() > clipsBefore ? d.findElements(By.cssSelector(
                        "main#playback[data-state='showing'] video")).stream().findFirst().orElse(null) : null);
        List<String> clips = recorderCalls("/playback/");
        assertTrue(clips.get(clips.size() - 1).contains(":" + mediaPort + "/"), "fetched from port " + mediaPort
                + ": " + clips.get(clips.size() - 1).replaceAll("ticket=[^&]*", "ticket=…"));
        Instant clipStart = Instant.parse(video.getDomAttribute("data-clip-start"));
        assertFalse(clipStart.isAfter(typed), "the clip holds the instant: starts " + clipStart + " for " + typed);
        assertTrue(browser.driver().findElement(By.id("playback-status")).getText().isEmpty(),
                "no 'nothing recorded' notice");
    }

    /** The recorder URLs the page has fetched so far (Resource Timing), of one route such as "/playback/". */
    @SuppressWarnings("unchecked")
    private List<String> recorderCalls(String route) {
        return ((List<Object>) browser.script("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(name => name.includes(arguments[0]));", route)).stream().map(String::valueOf).toList();
    }
}
