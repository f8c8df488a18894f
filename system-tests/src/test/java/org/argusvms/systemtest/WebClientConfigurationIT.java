package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configuration page in headless Chromium: an administrator adds a camera of the simulator, which then streams
 * and records, and deletes it again; an operator is refused the page and every one of its endpoints.
 */
class WebClientConfigurationIT extends BrowserIT {

    private static final Duration PAGE = Duration.ofSeconds(30);

    private final ApiClient api = ArgusStack.api();

    @Test
    void anAdministratorAddsACameraThatThenRecords() {
        ArgusStack.ensureDemoCamera(); // the test recorder is registered and online
        String name = "Yard " + System.nanoTime();
        int camerasBefore = api.get("/cameras", api.token("admin", "admin")).jsonArray().size();

        WebClientPage.signIn(browser, "admin", "admin");
        browser.driver().findElement(By.id("nav-configuration")).click();
        browser.await("the test recorder listed as online", PAGE, d -> d.findElements(By.cssSelector(
                "main#admin[data-state='ready'] #server-list tr[data-recorder-id='" + ArgusStack.RECORDER_ID + "']"))
                .stream().filter(row -> row.getText().contains("Online")).findFirst().orElse(null));
        browser.screenshot("07-configuration");

        browser.driver().findElement(By.id("camera-add")).click();
        fill("name", name);
        fill("streamUrl", "http://127.0.0.1/not-rtsp");
        new Select(field("recorderId")).selectByValue(ArgusStack.RECORDER_ID);
        field("password").sendKeys("secret");
        browser.driver().findElement(By.id("camera-save")).click();
        String refusal = browser.await("the refusal next to the RTSP URL", PAGE, d -> d.findElement(
                By.cssSelector(".field-error[data-error-for='streamUrl']")).getText().isEmpty() ? null
                : d.findElement(By.cssSelector(".field-error[data-error-for='streamUrl']")).getText());
        assertTrue(refusal.contains("rtsp://"), refusal);
        browser.screenshot("08-camera-field-refused");
        assertEquals("", field("password").getDomProperty("value"), "the password is not kept in the page");
        assertEquals(camerasBefore, api.get("/cameras", api.token("admin", "admin")).jsonArray().size(),
                "a refused camera is not stored");

        fill("streamUrl", ArgusStack.cameraUrl("cam2"));
        assertEquals("TCP", field("rtspTransport").getDomProperty("value"), "a new camera's RTP transport");
        new Select(field("rtspTransport")).selectByValue("UDP");
        new Select(field("recordingMode")).selectByValue("ALWAYS");
        browser.driver().findElement(By.id("camera-save")).click();
        WebElement row = browser.await(name + " streaming", Duration.ofSeconds(60), d -> d.findElements(
                By.cssSelector("#camera-list tr[data-state='STREAMING']")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
        String cameraId = row.getDomAttribute("data-camera-id");
        browser.screenshot("09-camera-added");

        PlaybackIT.awaitRecorded(api, api.token("admin", "admin"), cameraId, Duration.ofSeconds(4),
                Duration.ofSeconds(1));
        JsonObject added = api.get("/cameras/" + cameraId, api.token("admin", "admin")).json();
        assertEquals("UDP", added.getString("rtspTransport"), "the transport chosen in the form");
        assertEquals("UDP", added.getString("rtspTransportInUse", ""), "and the recorder streams over it");

        clickInRow(cameraId, ".camera-toggle");
        assertEquals("false", field("enabled").getDomProperty("checked"), "Disable opens the form switched off");
        browser.driver().findElement(By.id("camera-save")).click();
        browser.await(name + " disabled", PAGE, d -> cameraRow(cameraId).findElement(By.className("badge")).getText()
                .equals("Disabled") ? true : null);
        assertFalse(api.get("/cameras/" + cameraId, api.token("admin", "admin")).json().getBoolean("enabled"));

        clickInRow(cameraId, ".camera-edit");
        field("motion.enabled").click();
        fill("motion.sensitivity", "101");
        browser.driver().findElement(By.id("camera-save")).click();
        String sensitivityRefused = browser.await("the refusal next to the sensitivity", PAGE, d -> d.findElement(
                By.cssSelector(".field-error[data-error-for='motion.sensitivity']")).getText().isEmpty() ? null
                : d.findElement(By.cssSelector(".field-error[data-error-for='motion.sensitivity']")).getText());
        assertTrue(sensitivityRefused.contains("0..100"), sensitivityRefused);
        assertFalse(motionOf(cameraId).getBoolean("enabled"), "the refused change stored nothing");
        fill("motion.sensitivity", "60");
        browser.driver().findElement(By.id("camera-save")).click();
        browser.await("motion detection stored", PAGE, d -> motionOf(cameraId).getBoolean("enabled")
                && motionOf(cameraId).getInt("sensitivity") == 60 ? true : null);

        clickInRow(cameraId, ".camera-edit");
        assertEquals("60", field("motion.sensitivity").getDomProperty("value"), "the form shows the stored motion");
        assertEquals("true", field("motion.enabled").getDomProperty("checked"));
        assertEquals("UDP", field("rtspTransport").getDomProperty("value"), "the form shows the stored transport");
        renameThroughTheApi(cameraId, name + " (API)");
        fill("name", name + " (page)");
        browser.driver().findElement(By.id("camera-save")).click();
        String conflict = browser.await("the conflict shown", PAGE, d -> d.findElement(By.id("camera-form-status"))
                .isDisplayed() ? d.findElement(By.id("camera-form-status")).getText() : null);
        browser.screenshot("10-camera-conflict");
        assertTrue(conflict.contains("someone else changed this camera"), conflict);
        assertEquals(name + " (API)", api.get("/cameras/" + cameraId, api.token("admin", "admin")).json()
                .getString("name"), "the stale edit stored nothing");
        browser.driver().findElement(By.id("camera-cancel")).click();

        clickInRow(cameraId, ".camera-delete");
        browser.await("the delete confirmation", PAGE, d -> d.findElement(By.cssSelector(
                "#camera-list tr[data-camera-id='" + cameraId + "'] .camera-delete-confirm"))).click();
        browser.await(name + " gone from the list", PAGE, d -> d.findElements(By.cssSelector(
                "#camera-list tr[data-camera-id='" + cameraId + "']")).isEmpty() ? true : null);
        assertEquals(404, api.get("/cameras/" + cameraId, api.token("admin", "admin")).status());
    }

    @Test
    void anAdministratorDrawsMotionRegionsOnTheCamerasPicture() {
        String admin = api.token("admin", "admin");
        String cameraId = ArgusStack.ensureCamera("Regions " + System.nanoTime(), "cam3");
        PlaybackIT.awaitRecorded(api, admin, cameraId, Duration.ofSeconds(8), Duration.ofSeconds(1));
        WebClientPage.signIn(browser, "admin", "admin");
        AdminPage page = AdminPage.open(browser);
        page.clickInRow("#camera-list tr[data-camera-id='" + cameraId + "']", ".camera-edit");
        browser.await("a recent picture of the camera under the drawing", PAGE, d -> d.findElement(
                By.id("motion-regions-picture")).isDisplayed() ? true : null);

        WebElement drawing = browser.driver().findElement(By.id("motion-regions-drawing"));
        clickAt(drawing, 0.25, 0.25);
        clickAt(drawing, 0.75, 0.25);
        clickAt(drawing, 0.75, 0.75);
        clickAt(drawing, 0.25, 0.75);
        page.click("motion-region-finish");
        browser.driver().findElement(By.cssSelector("#motion-regions input[value='exclude']")).click();
        clickAt(drawing, 0.05, 0.05);
        clickAt(drawing, 0.2, 0.05);
        clickAt(drawing, 0.05, 0.2); // closed by the save
        browser.screenshot("12-motion-regions-drawn");
        page.save("camera");

        JsonObject motion = browser.await("the regions stored", PAGE, d ->
                motionOf(cameraId).getJsonArray("include").size() == 1 ? motionOf(cameraId) : null);
        assertPolygon(List.of(List.of(0.25, 0.25), List.of(0.75, 0.25), List.of(0.75, 0.75), List.of(0.25, 0.75)),
                motion.getJsonArray("include").getJsonArray(0));
        assertPolygon(List.of(List.of(0.05, 0.05), List.of(0.2, 0.05), List.of(0.05, 0.2)),
                motion.getJsonArray("exclude").getJsonArray(0));

        page.clickInRow("#camera-list tr[data-camera-id='" + cameraId + "']", ".camera-edit");
        WebElement regions = browser.driver().findElement(By.id("motion-regions"));
        assertEquals("1", regions.getDomAttribute("data-include"), "the form shows the stored regions");
        assertEquals("1", regions.getDomAttribute("data-exclude"));

        long version = api.get("/cameras/" + cameraId, admin).json().getJsonNumber("version").longValue();
        Map<String, Object> refused = PageEndpoints.statuses(browser, List.of(List.of("PUT", "admin/cameras?id="
                + cameraId, "{\"version\":" + version + ",\"motion.include\":[[[0,0],[1.5,0],[0,1]]]}")));
        assertEquals(Map.of("PUT admin/cameras?id=" + cameraId, 400L), refused, "a point outside the picture");
        assertEquals(motion, motionOf(cameraId), "the refused change stored nothing");
    }

    /**
     * Clicks the drawing at normalised picture coordinates. Selenium's offsets count from the centre of the element's
     * visible part, so the whole drawing is scrolled into view first.
     */
    private void clickAt(WebElement drawing, double x, double y) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", drawing);
        Rectangle box = drawing.getRect();
        new Actions(browser.driver()).moveToElement(drawing,
                (int) Math.round((x - 0.5) * box.getWidth()), (int) Math.round((y - 0.5) * box.getHeight()))
                .click().perform();
    }

    private static void assertPolygon(List<List<Double>> expected, JsonArray actual) {
        assertEquals(expected.size(), actual.size(), actual.toString());
        for (int i = 0; i < expected.size(); i++) {
            for (int axis = 0; axis < 2; axis++) {
                double stored = actual.getJsonArray(i).getJsonNumber(axis).doubleValue();
                assertTrue(Math.abs(stored - expected.get(i).get(axis)) < 0.02, "point " + i + ": " + actual);
            }
        }
    }

    @Test
    void anOperatorIsRefusedThePageAndItsEndpoints() {
        String lobby = ArgusStack.ensureDemoCamera();
        WebClientPage.signIn(browser, "operator", "operator");
        assertTrue(browser.driver().findElements(By.id("nav-configuration")).isEmpty(), "no Configuration link");

        Map<String, Object> statuses = PageEndpoints.statuses(browser, List.of(
                List.of("GET", "admin.xhtml", ""),
                List.of("GET", "admin/cameras", ""),
                List.of("GET", "admin/recording-servers", ""),
                List.of("POST", "admin/cameras", "{\"name\":\"Intruder\",\"streamUrl\":\"rtsp://10.0.0.9/s\"}"),
                List.of("PUT", "admin/cameras?id=" + lobby, "{\"name\":\"Renamed\",\"version\":0}"),
                List.of("DELETE", "admin/cameras?id=" + lobby, "")));
        assertEquals(6, statuses.size(), "every call answered: " + statuses);
        statuses.forEach((call, status) -> assertEquals(403L, status, call + " refused"));

        browser.open(ArgusStack.webClientUrl() + "admin.xhtml");
        assertTrue(browser.driver().findElements(By.id("camera-form")).isEmpty(), "no configuration form shown");
        browser.screenshot("11-configuration-refused");
        assertEquals(ArgusStack.demoCameraName(),
                api.get("/cameras/" + lobby, api.token("admin", "admin")).json().getString("name"));
    }

    /** The camera form's live stream: a bad second-stream URL is refused next to its field, a good one stored. */
    @Test
    void anAdministratorGivesACameraASecondStreamForSmallTiles() {
        ArgusStack.ensureDemoCamera();
        String name = "Porch " + System.nanoTime();
        String admin = api.token("admin", "admin");
        int camerasBefore = api.get("/cameras", admin).jsonArray().size();
        WebClientPage.signIn(browser, "admin", "admin");
        browser.driver().findElement(By.id("nav-configuration")).click();
        browser.await("the configuration page", PAGE, d -> d.findElements(By.cssSelector(
                "main#admin[data-state='ready']")).isEmpty() ? null : true);

        browser.driver().findElement(By.id("camera-add")).click();
        fill("name", name);
        fill("streamUrl", ArgusStack.cameraUrl("cam4"));
        new Select(field("recorderId")).selectByValue(ArgusStack.RECORDER_ID);
        assertEquals("PRIMARY", field("liveStream").getDomProperty("value"), "a new camera has one stream");
        new Select(field("liveStream")).selectByValue("SECONDARY");
        fill("liveStreamUrl", "http://127.0.0.1/not-rtsp");
        browser.driver().findElement(By.id("camera-save")).click();
        String refusal = browser.await("the refusal next to the second stream's URL", PAGE, d -> d.findElement(
                By.cssSelector(".field-error[data-error-for='liveStreamUrl']")).getText().isEmpty() ? null
                : d.findElement(By.cssSelector(".field-error[data-error-for='liveStreamUrl']")).getText());
        assertTrue(refusal.contains("rtsp://"), refusal);
        assertEquals(camerasBefore, api.get("/cameras", admin).jsonArray().size(), "a refused camera is not stored");

        fill("liveStreamUrl", ArgusStack.cameraUrl("cam4") + "/sub");
        browser.driver().findElement(By.id("camera-save")).click();
        WebElement row = browser.await(name + " listed", PAGE, d -> d.findElements(By.cssSelector("#camera-list tr"))
                .stream().filter(r -> r.getText().contains(name)).findFirst().orElse(null));
        String cameraId = row.getDomAttribute("data-camera-id");
        JsonObject added = api.get("/cameras/" + cameraId, admin).json();
        assertEquals("SECONDARY", added.getString("liveStream"));
        assertEquals(ArgusStack.cameraUrl("cam4") + "/sub", added.getString("liveStreamUrl"));

        clickInRow(cameraId, ".camera-edit");
        assertEquals("SECONDARY", field("liveStream").getDomProperty("value"), "the form shows the stored stream");
        assertEquals(ArgusStack.cameraUrl("cam4") + "/sub", field("liveStreamUrl").getDomProperty("value"));
        new Select(field("liveStream")).selectByValue("PRIMARY");
        browser.driver().findElement(By.id("camera-save")).click();
        browser.await("back to one stream", PAGE, d -> "PRIMARY".equals(api.get("/cameras/" + cameraId, admin).json()
                .getString("liveStream")) ? true : null);
        assertEquals(204, api.delete("/cameras/" + cameraId, admin).status());
    }

    /**
     * Clicks a button of the camera's row; retried, since the page re-renders its rows every few seconds. Scrolled to
     * the middle first: scrolled just into view, a row can sit under a section's sticky head, which takes the click.
     */
    private void clickInRow(String cameraId, String buttonSelector) {
        browser.await(buttonSelector + " of " + cameraId, PAGE, d -> {
            WebElement target = cameraRow(cameraId).findElement(By.cssSelector(buttonSelector));
            browser.script("arguments[0].scrollIntoView({block: 'center'});", target);
            target.click();
            return true;
        });
    }

    private WebElement cameraRow(String cameraId) {
        return browser.driver().findElement(By.cssSelector("#camera-list tr[data-camera-id='" + cameraId + "']"));
    }

    private JsonObject motionOf(String cameraId) {
        return api.get("/cameras/" + cameraId, api.token("admin", "admin")).json().getJsonObject("motion");
    }

    /** Another administrator's change, made while the form is open on the old version. */
    private void renameThroughTheApi(String cameraId, String newName) {
        String admin = api.token("admin", "admin");
        JsonObject current = api.get("/cameras/" + cameraId, admin).json();
        ApiClient.Answer renamed = api.putJson("/cameras/" + cameraId, admin, Json.createObjectBuilder(current)
                .add("name", newName).build());
        assertEquals(200, renamed.status(), renamed.body());
    }

    private WebElement field(String name) {
        return browser.driver().findElement(By.cssSelector("#camera-form [name='" + name + "']"));
    }

    private void fill(String name, String value) {
        WebElement input = field(name);
        input.clear();
        input.sendKeys(value);
    }
}
