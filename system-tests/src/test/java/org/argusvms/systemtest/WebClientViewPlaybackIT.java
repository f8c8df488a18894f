package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.argusvms.systemtest.WebClientLiveIT.SAMPLE_FRAME;
import static org.argusvms.systemtest.WebClientLiveIT.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Views played back in sync on the playback page, in headless Chromium: an operator's view of two recording cameras
 * shows a decoded frame of the typed instant on both tiles, and after playing for a while and pausing they still stand
 * at the same instant, while a camera added after that instant says it has no recording then; a guard's tiles say
 * which camera they may not see and which they may watch live but not play back.
 */
class WebClientViewPlaybackIT extends BrowserIT {

    /** Seeking lands within a frame or two of the instant. */
    private static final double SEEK_TOLERANCE_SECONDS = 0.3;
    /** Tiles kept on one clock: paused, they are lined up on it again. */
    private static final double SYNC_TOLERANCE_SECONDS = 0.3;

    private final ApiClient api = ArgusStack.api();
    private final String admin = api.token("admin", "admin");
    private String viewPath;
    private String lateCamera;

    @AfterEach
    void removeTheViewAndTheLateCamera() {
        if (viewPath != null) {
            api.delete(viewPath, admin);
        }
        if (lateCamera != null) {
            api.delete("/cameras/" + lateCamera, admin);
        }
    }

    @Test
    void bothCamerasOfAViewPlayTheSameInstantOnOneClock() {
        String lobby = ArgusStack.ensureDemoCamera();
        String testCard = ArgusStack.ensureCamera("Test card", "cam3");
        String operator = api.token("operator", "operator");
        PlaybackIT.awaitRecorded(api, operator, lobby, Duration.ofSeconds(14), Duration.ofSeconds(7));
        Instant instant = PlaybackIT.awaitRecorded(api, operator, testCard, Duration.ofSeconds(14),
                Duration.ofSeconds(7)).minusSeconds(12);
        Instant typed = Instant.ofEpochSecond(instant.getEpochSecond()); // the input has whole seconds
        lateCamera = ArgusStack.ensureCamera("Loading bay " + System.nanoTime(), "cam2"); // recording after the instant
        String viewId = sharedView(1, 3, lobby, testCard, lateCamera);

        openViewOnPlaybackPage(WebClientPage.signIn(browser, "operator", "operator"), viewId, 3);
        typeInstant(instant);
        browser.driver().findElement(By.id("playback-go")).click();

        List<WebElement> videos = awaitBothShowing();
        WebElement late = browser.await("the late camera's tile saying it has no recording then", Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("#view-playback .tile[data-camera-id='" + lateCamera
                        + "'][data-state='no-recording']")).stream().findFirst().orElse(null));
        // "Not recorded at this instant; the next recording starts at …" once the new camera has a first clip,
        // "Nothing was recorded at this instant." before: which one depends on how far its recording has got
        assertTrue(late.getText().contains("recorded at this instant"), late.getText());
        browser.screenshot("11-view-playback");
        for (WebElement video : videos) {
            assertEquals(typed.toEpochMilli() / 1000.0, shownAt(video), SEEK_TOLERANCE_SECONDS,
                    "every tile stands at the typed instant");
            @SuppressWarnings("unchecked")
            Map<String, Object> frame = (Map<String, Object>) browser.script(SAMPLE_FRAME, video);
            assertTrue(number(frame.get("width")) > 0 && number(frame.get("colours")) >= 4
                    && number(frame.get("lumaRange")) >= 24, "a decoded picture, not a blank frame: " + frame);
        }

        browser.driver().findElement(By.id("playback-toggle")).click();
        browser.await("both tiles playing on past the instant", Duration.ofSeconds(30),
                d -> {
                    List<WebElement> playing = showingVideos(d);
                    return playing != null && playing.stream().allMatch(video -> shownAt(video) > typed.getEpochSecond() + 2)
                            ? true : null;
                });
        browser.driver().findElement(By.id("playback-toggle")).click();
        browser.await("the play button back to Play", Duration.ofSeconds(5),
                d -> "Play".equals(d.findElement(By.id("playback-toggle")).getText()) ? true : null);
        List<WebElement> paused = awaitBothShowing();
        double first = browser.await("the first tile lined up with the second", Duration.ofSeconds(5), d -> {
            double a = shownAt(paused.get(0));
            return Math.abs(a - shownAt(paused.get(1))) <= SYNC_TOLERANCE_SECONDS ? a : null;
        });
        assertTrue(first > typed.getEpochSecond() + 2.0, "the view played on: " + first);
        browser.screenshot("12-view-playback-paused");
    }

    @Test
    void aGuardsTilesSayWhichCameraHeMayNotSeeAndWhichHeMayNotPlayBack() {
        String guardCamera = GuardRole.define(api, admin);
        String viewId = sharedView(1, 2, guardCamera, ArgusStack.ensureDemoCamera());

        openViewOnPlaybackPage(WebClientPage.signIn(browser, "guard", "guard"), viewId, 1);

        WebElement liveOnly = browser.await("the guard post's tile refusing playback", Duration.ofSeconds(20),
                d -> d.findElements(By.cssSelector("#view-playback .tile[data-camera-id='" + guardCamera
                        + "'][data-state='denied']")).stream().findFirst().orElse(null));
        assertTrue(liveOnly.getText().contains("not play back"), liveOnly.getText());
        WebElement hidden = browser.driver().findElement(By.cssSelector("#view-playback .tile[data-state='restricted']"));
        assertTrue(hidden.getText().contains("may not see"), hidden.getText());
        browser.screenshot("13-view-playback-guard");
    }

    @Test
    void aViewListsTheBookmarksOfAllItsCamerasAndBookmarksTheSelectedTile() {
        String lobby = ArgusStack.ensureDemoCamera();
        String testCard = ArgusStack.ensureCamera("Test card", "cam3");
        String operator = api.token("operator", "operator");
        Instant instant = PlaybackIT.awaitRecorded(api, operator, testCard, Duration.ofSeconds(14),
                Duration.ofSeconds(7)).minusSeconds(10);
        String run = String.valueOf(System.nanoTime());
        Answer lobbyBookmark = api.postJson("/bookmarks", operator, Json.createObjectBuilder().add("cameraId", lobby)
                .add("at", instant.toString()).add("headline", "Parcel left " + run).build());
        assertEquals(201, lobbyBookmark.status(), lobbyBookmark.body());
        String viewId = sharedView(1, 2, lobby, testCard);

        openViewOnPlaybackPage(WebClientPage.signIn(browser, "operator", "operator"), viewId, 2);
        WebElement listed = browser.await("the lobby's bookmark listed with its camera", Duration.ofSeconds(20),
                d -> d.findElements(By.cssSelector("#bookmark-list .bookmark-entry")).stream()
                        .filter(entry -> entry.getText().contains("Parcel left " + run)).findFirst().orElse(null));
        assertTrue(listed.getText().contains(ArgusStack.demoCameraName() + ": "), listed.getText());
        assertEquals(Set.of(lobby, testCard), browser.driver().findElements(By.cssSelector(
                "#export-cameras input[name='camera']:checked")).stream().map(box -> box.getDomAttribute("value"))
                .collect(Collectors.toSet()), "the export is preset to the view's cameras");

        browser.driver().findElement(By.cssSelector("#view-playback .tile[data-camera-id='" + testCard + "']")).click();
        assertEquals(testCard, browser.driver().findElement(By.id("view-playback"))
                .getDomAttribute("data-selected-camera-id"), "the clicked tile is selected");
        typeInstant(instant);
        browser.driver().findElement(By.id("playback-go")).click();
        awaitBothShowing();
        browser.driver().findElement(By.id("playback-bookmark")).click();
        WebElement headline = browser.await("the bookmark form for the test card", Duration.ofSeconds(10),
                d -> d.findElement(By.id("bookmark-instant")).getText().startsWith("Test card")
                        ? d.findElement(By.cssSelector("#bookmark-form input[name='headline']")) : null);
        headline.sendKeys("Card flickers " + run);
        browser.driver().findElement(By.id("bookmark-save")).click();
        browser.await("both bookmarks listed", Duration.ofSeconds(20), d -> d.findElements(
                By.cssSelector("#bookmark-list .bookmark-entry")).stream().filter(entry -> entry.getText().contains(run))
                .count() == 2 ? true : null);
        browser.screenshot("14-view-playback-bookmarks");
        List<JsonObject> stored = api.get("/bookmarks?cameraId=" + testCard, operator).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(bookmark -> bookmark.getString("headline").equals("Card flickers " + run)).toList();
        assertEquals(1, stored.size(), "the bookmark was made on the selected tile's camera");
    }

    @Test
    void smartSearchOverAViewSearchesEachCameraInTheRegionDrawnOnItsTile() {
        String testCard = WebClientSmartSearchIT.cameraWithMotionDetection();
        lateCamera = ArgusStack.ensureCamera("Motion off " + System.nanoTime(), "cam2"); // motion detection off
        String viewId = sharedView(1, 2, testCard, lateCamera);
        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        openViewOnPlaybackPage(page, viewId, 2);
        WebElement grid = browser.driver().findElement(By.id("view-playback"));
        // the first playable tile is selected once the tiles' playback access has come back
        browser.await("the first tile selected", Duration.ofSeconds(20),
                d -> testCard.equals(grid.getDomAttribute("data-selected-camera-id")) ? true : null);

        page.pressKey("r");
        WebClientSmartSearchIT.drag(browser, 0.02, 0.77, 0.98, 0.81); // the test card's scrolling band
        page.pressKey("r");
        browser.driver().findElement(By.id("smart-search-start")).click();

        assertEquals("hits", WebClientSmartSearchIT.awaitOutcome(browser), WebClientSmartSearchIT.statusText(browser));
        assertTrue(WebClientSmartSearchIT.statusText(browser).contains("on 1 of 2 cameras"),
                WebClientSmartSearchIT.statusText(browser));
        List<WebElement> hits = browser.driver().findElements(By.cssSelector("#motion-hits .motion-hit"));
        assertTrue(hits.stream().allMatch(hit -> testCard.equals(hit.getDomAttribute("data-camera-id"))
                && hit.getText().startsWith("Test card · ")), "every hit is the test card's, and says so");
        browser.screenshot("15-view-smart-search");

        browser.driver().findElement(By.cssSelector("#view-playback .tile[data-camera-id='" + lateCamera + "']")).click();
        assertEquals("0", browser.driver().findElement(By.id("smart-search")).getDomAttribute("data-rectangles"),
                "the other tile has a region of its own, none drawn yet");
        WebElement hit = hits.get(0);
        Instant hitStart = Instant.parse(hit.getDomAttribute("data-start"));
        hit.click();
        assertEquals(testCard, grid.getDomAttribute("data-selected-camera-id"), "the hit selects its camera's tile");
        WebElement video = browser.await("the test card's tile at the hit", Duration.ofSeconds(30), d -> d.findElements(
                By.cssSelector("#view-playback .tile[data-camera-id='" + testCard
                        + "'][data-state='showing'] video[data-clip-start]")).stream().findFirst().orElse(null));
        assertEquals(hitStart.toEpochMilli() / 1000.0, shownAt(video), 0.5, "the view stands at the start of the hit");
        assertEquals("1", browser.driver().findElement(By.id("smart-search")).getDomAttribute("data-rectangles"),
                "back on the test card's tile, its region is shown again");
    }

    /** A shared view of one row and `columns` tiles holding the cameras in order; removed after the test. */
    private String sharedView(int rows, int columns, String... cameraIds) {
        var tiles = Json.createArrayBuilder();
        for (int position = 0; position < cameraIds.length; position++) {
            tiles.add(tile(position, cameraIds[position]));
        }
        Answer created = api.postJson("/views", admin, Json.createObjectBuilder()
                .add("name", "Playback view " + System.nanoTime()).add("shared", true)
                .add("rows", rows).add("columns", columns).add("tiles", tiles).build());
        assertEquals(201, created.status(), created.body());
        String viewId = created.json().getString("id");
        viewPath = "/views/" + viewId;
        return viewId;
    }

    private void openViewOnPlaybackPage(WebClientPage page, String viewId, int visibleCameras) {
        page.openPlayback();
        browser.await("the configuration socket connected", Duration.ofSeconds(20),
                d -> "true".equals(d.findElement(By.id("view-select")).getDomAttribute("data-live")));
        // The picker reloads its options once connected: picking is retried should that replace them meanwhile.
        browser.await("the shared view picked", Duration.ofSeconds(20), d -> {
            new Select(d.findElement(By.id("view-select"))).selectByValue(viewId);
            return true;
        });
        browser.await("the view's tiles", Duration.ofSeconds(20), d -> d.findElements(
                By.cssSelector("#view-playback .tile[data-camera-id]")).size() == visibleCameras ? true : null);
    }

    private List<WebElement> awaitBothShowing() {
        return browser.await("both tiles showing recorded video", Duration.ofSeconds(30), WebClientViewPlaybackIT::showingVideos);
    }

    private static List<WebElement> showingVideos(WebDriver driver) {
        List<WebElement> videos = driver.findElements(By.cssSelector(
                "#view-playback .tile[data-state='showing'] video[data-clip-start]"));
        return videos.size() == 2 ? videos : null;
    }

    /** The recorded instant on screen, in epoch seconds: the clip's start plus the video's position in it. */
    private double shownAt(WebElement video) {
        return Instant.parse(video.getDomAttribute("data-clip-start")).toEpochMilli() / 1000.0
                + number(browser.script("return arguments[0].currentTime;", video));
    }

    private void typeInstant(Instant instant) {
        browser.script("""
                const date = new Date(arguments[0]);
                const pad = n => String(n).padStart(2, '0');
                document.getElementById('playback-instant').value = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`
                  + `-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
                """, instant.toEpochMilli());
    }

    private static JsonObject tile(int position, String cameraId) {
        return Json.createObjectBuilder().add("position", position).add("cameraId", cameraId).build();
    }
}
