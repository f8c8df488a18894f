package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.KeycloakAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Device groups and roles on the configuration page in headless Chromium: an administrator groups a camera and grants
 * a fresh user LIVE on that group only; bad input is refused next to its field and stores nothing; the user then sees
 * exactly that camera through the REST API and is refused its playback. An operator is refused the page and the
 * group and role endpoints.
 */
class WebClientRolesIT extends BrowserIT {

    private static final Duration PAGE = Duration.ofSeconds(30);

    private final ApiClient api = ArgusStack.api();
    private final KeycloakAdmin keycloak = new KeycloakAdmin(ArgusStack.keycloakUrl(), "argus");
    /** What a test created, removed newest first after it: REST paths, Keycloak users and realm roles. */
    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestCreated() {
        cleanup.forEach(Runnable::run);
    }

    @Test
    void anAdministratorGrantsLiveOnADeviceGroupAndNothingElse() {
        ArgusStack.ensureDemoCamera();
        String gate = ArgusStack.ensureCamera("Gate", "cam2");
        String marker = String.valueOf(System.nanoTime());
        String claim = "roles-it-" + marker;
        String username = "watcher-" + marker;
        String userId = keycloak.createUserWithRealmRole(username, "watcher", claim);
        cleanup.add(0, () -> keycloak.deleteRealmRole(claim));
        cleanup.add(0, () -> keycloak.deleteUser(userId));
        String groupName = "Entrance " + marker;
        String roleName = "Entrance watch " + marker;

        WebClientPage.signIn(browser, "admin", "admin");
        AdminPage page = AdminPage.open(browser);

        page.click("group-add");
        page.fill("group-form", "name", groupName);
        browser.driver().findElement(By.cssSelector("#group-form input[name='cameraIds'][value='" + gate + "']"))
                .click();
        page.save("group");
        String groupId = page.listedAttribute("group-list", groupName, "data-group-id");
        cleanup.add(0, () -> api.delete("/device-groups/" + groupId, adminToken()));
        browser.await("the group listed with its camera", PAGE, d -> d.findElement(By.cssSelector(
                "#group-list tr[data-group-id='" + groupId + "']")).getText().contains("Gate") ? true : null);
        browser.screenshot("20-device-group-added");

        int rolesBefore = roleCount();
        browser.driver().findElement(By.id("role-add")).click();
        page.fill("role-form", "ptzPriority", "0");
        page.save("role");
        assertTrue(page.fieldError("role-form", "name").contains("name is required"));
        page.fill("role-form", "name", roleName);
        page.save("role");
        assertTrue(page.fieldError("role-form", "ptzPriority").contains("1 (lowest) to 32000 (highest)"));
        browser.screenshot("21-role-field-refused");
        assertEquals(rolesBefore, roleCount(), "a refused role is not stored");

        page.fill("role-form", "ptzPriority", "120");
        page.fill("role-form", "claims", claim);
        browser.driver().findElement(By.cssSelector("#role-rights tr[data-scope='DEVICE_GROUP'][data-target='"
                + groupId + "'] input[data-right='LIVE']")).click();
        page.save("role");
        String roleId = page.listedAttribute("role-list", roleName, "data-role-id");
        cleanup.add(0, () -> api.delete("/roles/" + roleId, adminToken()));
        browser.screenshot("22-role-added");

        JsonObject stored = api.get("/roles/" + roleId, adminToken()).json();
        assertEquals(List.of(claim), stored.getJsonArray("claims").getValuesAs(JsonString::getString));
        assertEquals(120, stored.getInt("ptzPriority"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("scope", "DEVICE_GROUP")
                .add("targetId", groupId).add("rights", Json.createArrayBuilder().add("LIVE"))).build(),
                stored.getJsonArray("grants"));

        String watcher = api.token(username, "watcher");
        List<String> visible = api.get("/cameras", watcher).jsonArray().stream()
                .map(camera -> camera.asJsonObject().getString("id")).toList();
        assertEquals(List.of(gate), visible, "the user sees exactly the grouped camera");
        assertEquals(403, api.post("/cameras/" + gate + "/playback-access", watcher, "application/json", "").status(),
                "LIVE only: playback is refused");

        page.clickInRow("#role-list tr[data-role-id='" + roleId + "']", ".role-edit");
        renameRoleThroughTheApi(roleId, roleName + " (API)");
        page.fill("role-form", "name", roleName + " (page)");
        page.save("role");
        String conflict = browser.await("the conflict shown", PAGE, d -> d.findElement(By.id("role-form-status"))
                .isDisplayed() ? d.findElement(By.id("role-form-status")).getText() : null);
        assertTrue(conflict.contains("someone else changed this role"), conflict);
        browser.await("the list reloaded with their change", PAGE, d -> d.findElement(By.cssSelector(
                "#role-list tr[data-role-id='" + roleId + "']")).getText().contains(roleName + " (API)") ? true : null);
        browser.screenshot("23-role-conflict");
        assertEquals(roleName + " (API)", api.get("/roles/" + roleId, adminToken()).json().getString("name"),
                "the stale edit stored nothing");
    }

    @Test
    void anOperatorIsRefusedThePageAndTheGroupAndRoleEndpoints() {
        WebClientPage.signIn(browser, "operator", "operator");

        Map<String, Object> statuses = PageEndpoints.statuses(browser, List.of(
                List.of("GET", "admin.xhtml", ""),
                List.of("GET", "admin/device-groups", ""),
                List.of("POST", "admin/device-groups", "{\"name\":\"Intruders\"}"),
                List.of("DELETE", "admin/device-groups?id=some-group", ""),
                List.of("GET", "admin/roles", ""),
                List.of("POST", "admin/roles", "{\"name\":\"Intruders\",\"claims\":[\"operator\"],"
                        + "\"adminAreas\":[\"SECURITY\"]}"),
                List.of("PUT", "admin/roles?id=00000000-0000-0000-0000-000000000001", "{\"name\":\"Mine\",\"version\":1}")));
        assertEquals(7, statuses.size(), "every call answered: " + statuses);
        statuses.forEach((call, status) -> assertEquals(403L, status, call + " refused"));

        browser.open(ArgusStack.webClientUrl() + "admin.xhtml");
        assertTrue(browser.driver().findElements(By.id("role-form")).isEmpty(), "no role form shown");
        browser.screenshot("24-roles-refused");
        assertTrue(api.get("/roles?name=Intruders", adminToken()).jsonArray().isEmpty(), "nothing was stored");
    }

    private String adminToken() {
        return api.token("admin", "admin");
    }

    private int roleCount() {
        return api.get("/roles?limit=500", adminToken()).jsonArray().size();
    }

    /** Another administrator's change, made while the form is open on the old version. */
    private void renameRoleThroughTheApi(String roleId, String newName) {
        JsonObject current = api.get("/roles/" + roleId, adminToken()).json();
        ApiClient.Answer renamed = api.putJson("/roles/" + roleId, adminToken(),
                Json.createObjectBuilder(current).add("name", newName).build());
        assertEquals(200, renamed.status(), renamed.body());
    }
}
