package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configuration page's Hardware section on a unit that exists already (docs/web-client.md): a microphone and a
 * second camera added with "Add device", a taken channel refused next to its field, a device removed, and the unit's
 * last camera refused in its row — each checked through the REST API, the server's side of the truth.
 */
class WebClientHardwareDevicesIT extends BrowserIT {

    private final ApiClient api = ArgusStack.api();
    private final String admin = api.token("admin", "admin");
    private String unitId;

    @Test
    void anAdministratorAddsAndRemovesDevicesOfAnExistingUnit() {
        String marker = String.valueOf(System.nanoTime());
        String unitName = "Devices unit " + marker;
        JsonObject created = api.postJson("/hardware", admin, Json.createObjectBuilder().add("name", unitName)
                .add("driver", "RTSP").add("address", ArgusStack.cameraUrl("cam3"))
                .add("recorderId", ArgusStack.RECORDER_ID).add("devices", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "CAMERA").add("channel", 0)
                                .add("name", unitName + " camera 0"))).build()).json();
        unitId = created.getString("id");
        String firstCamera = created.getJsonArray("devices").getJsonObject(0).getString("id");
        String row = "#hardware-list tr[data-hardware-id='" + unitId + "']";
        WebClientPage.signIn(browser, "admin", "admin");
        AdminPage page = AdminPage.open(browser);

        // A microphone: the form offers the kind's first free channel.
        page.clickInRow(row, ".hardware-device-new");
        page.choose("device-form", "kind", "MICROPHONE");
        assertEquals("0", page.field("device-form", "channel").getDomProperty("value"));
        page.fill("device-form", "name", "Lobby microphone");
        browser.screenshot("device-form-microphone");
        page.save("device");
        String microphone = browser.await("the microphone stored", AdminPage.PAGE,
                d -> device(unitId, "MICROPHONE", 0).map(found -> found.getString("id")).orElse(null));
        assertEquals("Lobby microphone", device(unitId, "MICROPHONE", 0).orElseThrow().getString("name"));
        listedInRow(row, microphone);

        // A taken channel is refused next to the channel field, and nothing is stored.
        page.clickInRow(row, ".hardware-device-new");
        page.choose("device-form", "kind", "MICROPHONE");
        page.fill("device-form", "channel", "0");
        page.fill("device-form", "name", "Second microphone");
        page.save("device");
        assertTrue(page.fieldError("device-form", "channel").contains("already taken"));
        browser.screenshot("device-form-refused");
        assertEquals(2, devices(unitId).size(), "the refused microphone was not stored");

        // A second camera, on channel 1, in the camera list too.
        page.choose("device-form", "kind", "CAMERA");
        assertEquals("1", page.field("device-form", "channel").getDomProperty("value"));
        String cameraName = unitName + " camera 1";
        page.fill("device-form", "name", cameraName);
        page.save("device");
        page.listed("camera-list", cameraName);
        JsonObject secondCamera = device(unitId, "CAMERA", 1).orElseThrow();
        assertEquals(cameraName, api.get("/cameras/" + secondCamera.getString("id"), admin).json().getString("name"));
        listedInRow(row, secondCamera.getString("id"));

        // The microphone removed, after the question in its row.
        remove(page, row, microphone);
        browser.await("the microphone removed", AdminPage.PAGE,
                d -> device(unitId, "MICROPHONE", 0).isEmpty() ? true : null);

        // The second camera removed; the last one is refused in its row and stays.
        remove(page, row, secondCamera.getString("id"));
        browser.await("the second camera removed", AdminPage.PAGE,
                d -> api.get("/cameras/" + secondCamera.getString("id"), admin).status() == 404 ? true : null);
        remove(page, row, firstCamera);
        String refusal = browser.await("the refusal in the camera's row", AdminPage.PAGE, d -> {
            String text = d.findElement(By.cssSelector(deviceItem(row, firstCamera) + " .hardware-device-error")).getText();
            return text.isEmpty() ? null : text;
        });
        assertTrue(refusal.contains("last camera"), refusal);
        browser.screenshot("device-removal-refused");
        assertEquals(200, api.get("/cameras/" + firstCamera, admin).status());
        assertEquals(List.of("CAMERA"), devices(unitId).stream().map(device -> device.getString("kind")).toList());
    }

    @AfterEach
    void removeTheUnit() {
        if (unitId != null) {
            api.delete("/hardware/" + unitId, admin);
        }
    }

    private void remove(AdminPage page, String row, String deviceId) {
        page.clickInRow(deviceItem(row, deviceId), ".hardware-device-delete");
        page.clickInRow(deviceItem(row, deviceId), ".hardware-device-delete-confirm");
    }

    private void listedInRow(String row, String deviceId) {
        browser.await("device " + deviceId + " listed in its unit's row", AdminPage.PAGE,
                d -> d.findElements(By.cssSelector(deviceItem(row, deviceId))).isEmpty() ? null : true);
    }

    private static String deviceItem(String row, String deviceId) {
        return row + " li[data-device-id='" + deviceId + "']";
    }

    private List<JsonObject> devices(String hardwareId) {
        return api.get("/hardware/" + hardwareId, admin).json().getJsonArray("devices").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private Optional<JsonObject> device(String hardwareId, String kind, int channel) {
        return devices(hardwareId).stream()
                .filter(device -> kind.equals(device.getString("kind")) && device.getInt("channel") == channel)
                .findFirst();
    }
}
