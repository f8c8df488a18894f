package org.argusvms.systemtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.FloorPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Maps in real headless Chromium: an administrator creates a map, uploads a floor plan and drags the demo camera onto
 * it; an operator opens the map, sees the camera where it was put, coloured as streaming, clicks it and watches it
 * live — frames the browser decoded, as on the live page.
 */
class WebClientMapsIT extends BrowserIT {

    private final ApiClient api = ArgusStack.api();
    private String mapName;

    @AfterEach
    void removeMap() {
        if (mapName != null) {
            String admin = api.token("admin", "admin");
            mapId(admin).ifPresent(id -> api.delete("/maps/" + id, admin));
        }
    }

    @Test
    void anAdministratorPlacesACameraAndAnOperatorWatchesItFromTheMap() throws IOException {
        String lobby = ArgusStack.ensureDemoCamera();
        mapName = "Hall " + System.nanoTime();

        WebClientPage.signIn(browser, "admin", "admin");
        openMaps(browser);
        browser.driver().findElement(By.id("map-edit")).click();
        browser.driver().findElement(By.id("map-name")).sendKeys(mapName);
        browser.driver().findElement(By.cssSelector("#map-create button[type='submit']")).click();
        browser.await("the new map chosen", Duration.ofSeconds(15), d -> mapName.equals(
                new Select(d.findElement(By.id("map-select"))).getFirstSelectedOption().getText()));

        Path plan = Files.createTempFile("floor-plan", ".png");
        Files.write(plan, FloorPlans.picture("png", 1200, 800));
        browser.driver().findElement(By.id("map-image-file")).sendKeys(plan.toString());
        WebElement canvas = browser.await("the uploaded floor plan shown", Duration.ofSeconds(15), d -> {
            WebElement shown = d.findElement(By.id("map-canvas"));
            return shown.isDisplayed() && Boolean.TRUE.equals(browser.script(
                    "return arguments[0].complete && arguments[0].naturalWidth === 1200;",
                    d.findElement(By.id("map-picture")))) ? shown : null;
        });

        WebElement paletteCamera = browser.driver().findElement(
                By.cssSelector(".map-palette-camera[data-camera-id='" + lobby + "']"));
        int width = canvas.getRect().getWidth();
        int height = canvas.getRect().getHeight();
        // From the canvas centre to a quarter of its width and three quarters of its height.
        new Actions(browser.driver()).clickAndHold(paletteCamera).moveToElement(canvas, 0, 0)
                .moveToElement(canvas, -width / 4, height / 4).release().perform();
        browser.await("the camera on the plan", Duration.ofSeconds(5),
                d -> d.findElement(By.cssSelector("#map-canvas .map-camera[data-camera-id='" + lobby + "']")));
        browser.driver().findElement(By.id("map-save")).click();
        browser.await("the map saved", Duration.ofSeconds(15),
                d -> "Saved.".equals(d.findElement(By.id("map-editor-message")).getText()));
        browser.screenshot("02-map-edited");

        JsonObject stored = storedMap();
        JsonObject placement = stored.getJsonArray("placements").getJsonObject(0);
        assertEquals(lobby, placement.getString("cameraId"));
        assertEquals(0.25, placement.getJsonNumber("x").doubleValue(), 0.03, "dropped where the administrator let go");
        assertEquals(0.75, placement.getJsonNumber("y").doubleValue(), 0.03);
        assertEquals(1200, stored.getInt("imageWidth"));

        try (BrowserSession operatorBrowser = BrowserSession.start()) {
            WebClientPage.signIn(operatorBrowser, "operator", "operator");
            openMaps(operatorBrowser);
            operatorBrowser.await("the map offered", Duration.ofSeconds(15), d -> {
                new Select(d.findElement(By.id("map-select"))).selectByVisibleText(mapName);
                return true;
            });
            // The icons are redrawn with every status refresh: find and click in one go, again if it was replaced.
            String tooltip = operatorBrowser.await("the camera shown as streaming, clicked", Duration.ofSeconds(30), d -> {
                WebElement icon = d.findElement(By.cssSelector(
                        "#map-canvas .map-camera[data-camera-id='" + lobby + "'][data-tone='ok']"));
                String title = icon.getDomProperty("title");
                icon.click();
                return title;
            });
            assertTrue(tooltip.contains("Streaming") && tooltip.contains(ArgusStack.demoCameraName()), tooltip);
            WebElement video = operatorBrowser.await("live video of the camera beside the map", Duration.ofSeconds(30),
                    d -> d.findElement(By.cssSelector("#map-live[data-state='live'] video")));
            double firstTime = currentTime(operatorBrowser, video);
            operatorBrowser.await("the live video to play on", Duration.ofSeconds(8),
                    d -> currentTime(operatorBrowser, video) >= firstTime + 1.0);
            @SuppressWarnings("unchecked")
            Map<String, Object> frame = (Map<String, Object>) operatorBrowser.script(WebClientLiveIT.SAMPLE_FRAME, video);
            operatorBrowser.screenshot("03-operator-map-live");
            assertTrue(WebClientLiveIT.number(frame.get("width")) > 0, "decoded picture size: " + frame);
            assertTrue(WebClientLiveIT.number(frame.get("colours")) >= 4
                    && WebClientLiveIT.number(frame.get("lumaRange")) >= 24, "a picture, not a flat colour: " + frame);
        } finally {
            Files.deleteIfExists(plan);
        }
    }

    private static void openMaps(BrowserSession session) {
        session.driver().findElement(By.id("nav-maps")).click();
        session.await("the maps page", Duration.ofSeconds(30), d -> d.findElement(By.id("maps")));
    }

    private JsonObject storedMap() {
        String admin = api.token("admin", "admin");
        String id = mapId(admin).orElseThrow(() -> new AssertionError("map " + mapName + " was not stored"));
        return api.get("/maps/" + id, admin).json();
    }

    private Optional<String> mapId(String token) {
        return api.get("/maps?name=" + mapName.replace(" ", "%20"), token).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(map -> mapName.equals(map.getString("name")))
                .map(map -> map.getString("id")).findFirst();
    }

    private static double currentTime(BrowserSession session, WebElement video) {
        return WebClientLiveIT.number(session.script("return arguments[0].currentTime;", video));
    }
}
