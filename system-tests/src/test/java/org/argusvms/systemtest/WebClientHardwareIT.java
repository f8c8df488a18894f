package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configuration page's Hardware section (docs/web-client.md): the site's name, a unit added with a camera and an
 * output, a device and the unit disabled, the unit moved to another recorder, a bad address refused, the unit
 * deleted — each checked through the REST API, the server's side of the truth.
 */
class WebClientHardwareIT extends BrowserIT {

    private final ApiClient api = ArgusStack.api();
    private final String admin = api.token("admin", "admin");
    private JsonObject siteBefore;

    @Test
    void anAdministratorManagesHardwareAndTheSiteOnTheConfigurationPage() {
        String second = ArgusStack.secondRecorder();
        String name = "Web hardware " + System.nanoTime();
        String password = "pw-" + System.nanoTime();
        siteBefore = api.get("/site", admin).json();
        WebClientPage.signIn(browser, "admin", "admin");
        AdminPage page = AdminPage.open(browser);

        // The site's name, at the top.
        String siteName = "Web site " + System.nanoTime();
        browser.await("the site form filled", AdminPage.PAGE,
                d -> page.field("site-form", "name").getDomProperty("value").isEmpty() ? null : true);
        page.fill("site-form", "name", siteName);
        page.click("site-save");
        browser.await("the site renamed", AdminPage.PAGE,
                d -> siteName.equals(api.get("/site", admin).json().getString("name")) ? true : null);

        // A bad address is refused next to its field.
        page.click("hardware-add");
        page.fill("hardware-form", "name", name);
        page.choose("hardware-form", "driver", "RTSP");
        page.fill("hardware-form", "address", "http://127.0.0.1/not-rtsp");
        page.save("hardware");
        assertTrue(page.fieldError("hardware-form", "address").contains("rtsp://"));
        assertTrue(unit(name).isEmpty(), "nothing was stored");

        // Added with a camera (the first device row) and a relay output.
        page.fill("hardware-form", "address", ArgusStack.cameraUrl("cam3"));
        page.fill("hardware-form", "username", "viewer");
        page.fill("hardware-form", "password", password);
        page.choose("hardware-form", "recorderId", ArgusStack.RECORDER_ID);
        WebElement cameraRow = browser.driver().findElement(By.cssSelector("#hardware-devices .hardware-device-row"));
        cameraRow.findElement(By.cssSelector(".hardware-device-name")).sendKeys(name + " camera");
        page.click("hardware-device-add");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#hardware-devices .hardware-device-row"));
        WebElement outputRow = rows.get(1);
        outputRow.findElement(By.cssSelector(".hardware-device-name")).sendKeys("Door");
        outputRow.findElement(By.cssSelector(".hardware-device-token")).sendKeys("relay1");
        browser.screenshot("hardware-form");
        page.save("hardware");
        page.listed("hardware-list", name);
        JsonObject unit = unit(name).orElseThrow();
        String id = unit.getString("id");
        assertEquals(List.of("CAMERA", "OUTPUT"), unit.getJsonArray("devices").stream()
                .map(device -> device.asJsonObject().getString("kind")).toList());
        String output = unit.getJsonArray("devices").getJsonObject(1).getString("id");
        assertTrue(unit.getBoolean("credentialsSet"));
        String row = "#hardware-list tbody[data-recorder-id='" + ArgusStack.RECORDER_ID + "'] tr[data-hardware-id='"
                + id + "']";

        // A device, then the whole unit, disabled from the list.
        page.clickInRow(row + " li[data-device-id='" + output + "']", ".hardware-device-toggle");
        browser.await("the output disabled", AdminPage.PAGE, d -> !device(id, output).getBoolean("enabled") ? true : null);
        page.clickInRow(row, ".hardware-toggle");
        browser.await("the unit disabled", AdminPage.PAGE,
                d -> !api.get("/hardware/" + id, admin).json().getBoolean("enabled") ? true : null);
        browser.await("the list showing it disabled", AdminPage.PAGE,
                d -> d.findElements(By.cssSelector(row + "[data-enabled='false']")).isEmpty() ? null : true);

        // Moved to the second recorder with the camera list's "Move to…".
        page.clickInRow(row, ".hardware-move");
        new Select(browser.driver().findElement(By.cssSelector(".hardware-move-target"))).selectByValue(second);
        browser.driver().findElement(By.cssSelector(".hardware-move-confirm")).click();
        browser.await("the unit listed under " + second, AdminPage.PAGE, d -> d.findElements(By.cssSelector(
                "#hardware-list tbody[data-recorder-id='" + second + "'] tr[data-hardware-id='" + id + "']"))
                .isEmpty() ? null : true);
        assertEquals(second, api.get("/hardware/" + id, admin).json().getString("recorderId"));
        String camera = unit.getJsonArray("devices").getJsonObject(0).getString("id");
        assertEquals(second, api.get("/cameras/" + camera, admin).json().getString("recorderId"));
        browser.screenshot("hardware-moved");

        // Deleted with its camera.
        String moved = "#hardware-list tr[data-hardware-id='" + id + "']";
        page.clickInRow(moved, ".hardware-delete");
        page.clickInRow(moved, ".hardware-delete-confirm");
        browser.await("the unit deleted", AdminPage.PAGE,
                d -> api.get("/hardware/" + id, admin).status() == 404 ? true : null);
        assertEquals(404, api.get("/cameras/" + camera, admin).status());
    }

    @AfterEach
    void restoreTheSite() {
        if (siteBefore != null) {
            long version = api.get("/site", admin).json().getJsonNumber("version").longValue();
            api.putJson("/site", admin, Json.createObjectBuilder(siteBefore).add("version", version).build());
        }
    }

    private Optional<JsonObject> unit(String name) {
        return api.get("/hardware?limit=1000", admin).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(unit -> name.equals(unit.getString("name"))).findFirst();
    }

    private JsonObject device(String hardwareId, String deviceId) {
        return api.get("/hardware/" + hardwareId, admin).json().getJsonArray("devices").stream()
                .map(JsonValue::asJsonObject).filter(device -> deviceId.equals(device.getString("id")))
                .findFirst().orElseThrow();
    }
}
