package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.AdminFixtures;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.ExternalEventSender;
import org.argusvms.systemtest.support.OnvifCameraState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camera controls on a live tile, in headless Chromium against the whole stack and the simulator's ONVIF camera: an
 * operator with PTZ and OUTPUT moves the camera to a preset, steers it with an arrow (mouse and keyboard), switches a
 * relay and triggers a user-defined event; a refusal of the camera is shown on the tile. A user with LIVE only sees
 * no controls, and the endpoints refuse the calls the page did not offer. The simulator's state endpoint is the
 * camera's side of the truth.
 */
class WebClientPtzIT extends BrowserIT {

    /** The simulator camera these tests steer; no other browser test uses its ONVIF device. */
    private static final String DEVICE = "cam3";
    /** The simulator's presets 1 (Home) and 3 (Parking), as its state endpoint prints them. */
    private static final String HOME = "pan=0.0000 tilt=0.0000 zoom=0.0000";
    private static final String PARKING = "pan=-0.7500 tilt=0.1000 zoom=0.6000";
    private static final double PARKING_PAN = -0.75;
    private static final Pattern PAN = Pattern.compile("pan=(-?\\d+\\.\\d+)");
    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final Duration CAMERA = Duration.ofSeconds(15);

    private final ApiClient api = ArgusStack.api();
    private String admin;
    private AdminFixtures fixtures;
    private String marker;
    private String camera;
    private String cameraName;

    @BeforeEach
    void addTheOnvifCamera() {
        ArgusStack.ensureDemoCamera(); // the test recorder is registered and online
        admin = api.token("admin", "admin");
        fixtures = new AdminFixtures(api, admin);
        marker = ExternalEventSender.marker();
        cameraName = "PTZ " + marker;
        camera = fixtures.create("/cameras", Json.createObjectBuilder().add("name", cameraName)
                .add("onvifAddress", ArgusStack.onvifAddress(DEVICE)).add("recorderId", ArgusStack.RECORDER_ID)
                .add("recordingMode", "OFF").build()).getString("id");
        fixtures.grantOnCamera("Tile PTZ operators " + marker, "operator", camera, "LIVE", "PTZ", "OUTPUT");
        fixtures.grantOnCamera("Tile guards " + marker, "guard", camera, "LIVE");
        // A known start for each test; admin's command goes through the REST API, not the page under test.
        assertEquals(204, api.postJson("/cameras/" + camera + "/ptz/preset", admin,
                Json.createObjectBuilder().add("preset", "1").build()).status());
        assertEquals(204, api.postJson("/cameras/" + camera + "/outputs/relay1", admin,
                Json.createObjectBuilder().add("active", false).build()).status());
        assertTrue(state().contains(HOME) && state().contains("relay1: inactive"), state());
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        fixtures.removeAll();
    }

    @Test
    void anOperatorSteersTheCameraSwitchesARelayAndTriggersAnEventFromTheLiveTile() {
        String eventName = "Gate check " + marker;
        fixtures.create("/user-defined-events", Json.createObjectBuilder().add("name", eventName)
                .add("description", "the gate was checked on camera").build());

        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        page.cameraButton(cameraName).click();
        browser.await("the camera live on the tile", PAGE, d -> d.findElement(By.cssSelector(
                ".tile[data-camera-id='" + camera + "'][data-state='live']")));
        WebElement tile = browser.await("the tile offering PTZ and outputs", PAGE, d -> d.findElement(By.cssSelector(
                ".tile[data-camera-id='" + camera + "'][data-controls='ptz outputs']")));
        tile.findElement(By.className("tile-controls-toggle")).click();
        WebElement controls = tile.findElement(By.className("tile-controls"));
        assertTrue(controls.isDisplayed(), "the controls open on the tile");

        enter(controls, "preset", "3");
        controls.findElement(By.cssSelector(".ptz-preset-form button")).click();
        awaitState("the head at Parking", s -> s.contains(PARKING));
        browser.screenshot("12-ptz-preset");

        WebElement panRight = controls.findElement(By.cssSelector("button[data-move='right']"));
        new Actions(browser.driver()).clickAndHold(panRight).pause(Duration.ofMillis(800)).release().perform();
        double afterRight = awaitPanMovedFrom(PARKING_PAN);
        assertTrue(afterRight > PARKING_PAN + 0.1, "held for 0.8 s at half speed, the head panned right: " + state());

        page.pressKey(Keys.ARROW_LEFT.toString()); // a tap on the key: one short step back left
        double afterLeft = awaitPanMovedFrom(afterRight);
        assertTrue(afterLeft < afterRight, "the arrow key panned it left: " + afterRight + " → " + afterLeft);

        enter(controls, "preset", "9");
        controls.findElement(By.cssSelector(".ptz-preset-form button")).click();
        String refusal = browser.await("the camera's refusal on the tile", CAMERA, d -> {
            WebElement message = controls.findElement(By.cssSelector(".tile-controls-message.is-bad"));
            return message.getText().isEmpty() ? null : message.getText();
        });
        assertEquals("The camera does not know preset 9.", refusal);

        enter(controls, "output", "relay1");
        controls.findElement(By.cssSelector(".output-form button[value='on']")).click();
        awaitState("relay1 active", s -> s.contains("relay1: active"));
        browser.screenshot("13-ptz-output");

        browser.driver().findElement(By.cssSelector("#user-events > summary")).click();
        browser.await(eventName + " in the events menu", PAGE, d -> d.findElements(By.cssSelector(
                "#user-events button.user-event")).stream().filter(b -> eventName.equals(b.getText())).findFirst()
                .orElse(null)).click();
        browser.await("the trigger confirmed", PAGE, d -> d.findElement(By.className("user-event-status")).getText()
                .contains("triggered") ? true : null);
        browser.screenshot("14-user-event");
        String operatorToken = api.token("operator", "operator");
        List<JsonObject> stored = api.get("/events?limit=50", operatorToken).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(event -> "user-defined".equals(event.getString("eventType"))
                        && eventName.equals(event.getJsonObject("attributes").getString("definition", null)))
                .toList();
        assertEquals(1, stored.size(), "one stored event of the definition (stored before the page was answered): "
                + stored);
        assertEquals("operator", stored.get(0).getJsonObject("attributes").getString("triggeredBy"));
    }

    @Test
    void aUserWithoutThePtzRightSeesNoControlsAndTheEndpointsRefuseThem() {
        WebClientPage.signIn(browser, "guard", "guard").cameraButton(cameraName).click();
        WebElement tile = browser.await("the tile knowing what the guard may do", PAGE, d -> d.findElement(
                By.cssSelector(".tile[data-camera-id='" + camera + "'][data-controls]")));
        assertEquals("none", tile.getDomAttribute("data-controls"));
        assertFalse(tile.findElement(By.className("tile-controls-toggle")).isDisplayed(), "no controls offered");
        assertFalse(tile.findElement(By.className("tile-controls")).isDisplayed());
        browser.screenshot("15-ptz-not-offered");
        String before = state();

        Map<String, Object> preset = post("ptz-preset", "{\"camera\":\"" + camera + "\",\"preset\":\"3\"}");
        Map<String, Object> move = post("ptz-move", "{\"camera\":\"" + camera + "\",\"pan\":1,\"seconds\":5}");
        Map<String, Object> output = post("camera-output",
                "{\"camera\":\"" + camera + "\",\"output\":\"relay1\",\"active\":true}");

        for (Map<String, Object> answer : List.of(preset, move, output)) {
            assertEquals(403L, answer.get("status"), answer.toString());
        }
        assertTrue(String.valueOf(preset.get("body")).contains("You may not steer this camera"), preset.toString());
        assertEquals(before, state(), "the camera did not move and no relay switched");
    }

    /** A POST of {@code json} to the web client's {@code path}, as the page's own script would send it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String path, String json) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const base = document.querySelector('a.brand').getAttribute('href');
                fetch(base + arguments[0], { method: 'POST', credentials: 'same-origin', redirect: 'manual',
                    headers: { 'Content-Type': 'application/json' }, body: arguments[1] })
                  .then(async response => done({ status: response.status, body: await response.text() }),
                        error => done({ error: String(error) }));
                """, path, json);
    }

    private static void enter(WebElement controls, String field, String value) {
        WebElement input = controls.findElement(By.cssSelector("input[name='" + field + "']"));
        input.clear();
        input.sendKeys(value);
    }

    /** The head's pan once it has left {@code before} and stopped again (two readings a moment apart agree). */
    private double awaitPanMovedFrom(double before) {
        double[] last = {before};
        return browser.await("the head to pan from " + before + " and stop", CAMERA, d -> {
            String state = state();
            double pan = pan(state);
            boolean settled = pan != before && pan == last[0] && state.contains("moving=false");
            last[0] = pan;
            return settled ? pan : null;
        });
    }

    private void awaitState(String what, Predicate<String> condition) {
        browser.await(what, CAMERA, d -> condition.test(state()) ? true : null);
    }

    private static double pan(String state) {
        Matcher matcher = PAN.matcher(state);
        assertTrue(matcher.find(), state);
        return Double.parseDouble(matcher.group(1));
    }

    /** The simulator's PTZ position and relay states of {@link #DEVICE}. */
    private static String state() {
        return OnvifCameraState.of(DEVICE);
    }
}
