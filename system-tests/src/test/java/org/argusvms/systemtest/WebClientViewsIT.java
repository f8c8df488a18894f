package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The "view update" flow in the browser: an operator has a shared view on the live wall; an administrator changes
 * the view through the API; the operator's open wall follows within seconds, without a reload.
 */
class WebClientViewsIT extends BrowserIT {

    private final ApiClient api = ArgusStack.api();
    private String admin;
    private String viewPath;

    @BeforeEach
    void signInToTheApi() {
        admin = api.token("admin", "admin");
    }

    @AfterEach
    void removeTheView() {
        if (viewPath != null) {
            api.delete(viewPath, admin);
        }
    }

    @Test
    void theOpenWallFollowsAnAdministratorsChangeOfTheSharedView() {
        String lobby = ArgusStack.ensureDemoCamera();
        String gate = ArgusStack.ensureCamera("Gate", "cam2");
        String name = "Front " + System.nanoTime();
        Answer created = api.postJson("/views", admin, Json.createObjectBuilder().add("name", name).add("shared", true)
                .add("rows", 1).add("columns", 2)
                .add("tiles", Json.createArrayBuilder().add(tile(0, lobby))).build());
        assertEquals(201, created.status(), created.body());
        JsonObject view = created.json();
        viewPath = "/views/" + view.getString("id");

        WebClientPage.signIn(browser, "operator", "operator");
        browser.await("the configuration socket connected", Duration.ofSeconds(20),
                d -> "true".equals(d.findElement(By.id("view-select")).getDomAttribute("data-live")));
        browser.await("the shared view offered", Duration.ofSeconds(20),
                d -> !d.findElements(By.cssSelector("#view-select option[value='" + view.getString("id") + "']")).isEmpty());
        new Select(browser.driver().findElement(By.id("view-select"))).selectByValue(view.getString("id"));
        browser.await("the view's 1×2 grid with the lobby on the first tile", Duration.ofSeconds(20),
                d -> "custom".equals(d.findElement(By.id("wall")).getDomAttribute("data-layout"))
                        && lobby.equals(tileCamera(d, 0)) && tileCamera(d, 1) == null);

        Answer changed = api.putJson(viewPath, admin, Json.createObjectBuilder().add("name", name).add("shared", true)
                .add("rows", 1).add("columns", 2).add("version", view.getJsonNumber("version"))
                .add("tiles", Json.createArrayBuilder().add(tile(0, lobby)).add(tile(1, gate))).build());
        assertEquals(200, changed.status(), changed.body());

        browser.await("the open wall showing the gate on the second tile", Duration.ofSeconds(10),
                d -> gate.equals(tileCamera(d, 1)));
        assertEquals("View updated by admin.", browser.driver().findElement(By.id("view-status")).getText());
        browser.screenshot("views-updated");
    }

    private static String tileCamera(WebDriver driver, int index) {
        return driver.findElement(By.cssSelector(".tile[data-tile='" + index + "']")).getDomAttribute("data-camera-id");
    }

    private static JsonObject tile(int position, String cameraId) {
        return Json.createObjectBuilder().add("position", position).add("cameraId", cameraId).build();
    }
}
