package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.argusvms.systemtest.AdminPage.PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time profiles, rules, alarm definitions and the system monitor on the configuration page in headless Chromium: an
 * administrator sets up a night profile, a rule started by it and an alarm definition, each first refused next to a
 * wrong field (nothing stored), and finds them in the REST API as entered; a stale edit and deleting a profile in use
 * are refused and change nothing. The monitor shows the test recorder online and its camera streaming. An operator is
 * refused every new endpoint.
 */
class WebClientRulesIT extends BrowserIT {

    private final ApiClient api = ArgusStack.api();
    /** REST paths of what a test created, deleted newest first after it (a rule before the profile it uses). */
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestCreated() {
        created.forEach(path -> api.delete(path, adminToken()));
    }

    @Test
    void anAdministratorSetsUpATimeProfileARuleStartedByItAndAnAlarmDefinition() {
        String lobby = ArgusStack.ensureDemoCamera();
        String marker = String.valueOf(System.nanoTime());
        WebClientPage.signIn(browser, "admin", "admin");
        AdminPage page = AdminPage.open(browser);

        String profileName = "Nights " + marker;
        page.click("profile-add");
        page.fill("profile-form", "name", profileName);
        page.fill("profile-form", "timeZone", "Mars/Olympus_Mons");
        page.choose("profile-form", "day", "SATURDAY");
        page.choose("profile-form", "start", "22:00");
        page.choose("profile-form", "end", "06:00");
        page.save("profile");
        assertTrue(page.fieldError("profile-form", "timeZone").contains("IANA time zone"));
        browser.screenshot("30-time-profile-field-refused");
        assertTrue(api.get("/time-profiles?name=" + marker, adminToken()).jsonArray().isEmpty(),
                "a refused time profile is not stored");
        page.fill("profile-form", "timeZone", "Europe/Berlin");
        page.save("profile");
        String profileId = page.listedAttribute("profile-list", profileName, "data-profile-id");
        created.add(0, "/time-profiles/" + profileId);
        JsonObject profile = api.get("/time-profiles/" + profileId, adminToken()).json();
        assertEquals("Europe/Berlin", profile.getString("timeZone"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("day", "SATURDAY")
                .add("start", "22:00").add("end", "06:00")).build(), profile.getJsonArray("intervals"));

        String ruleName = "Night recording " + marker;
        page.click("rule-add");
        page.fill("rule-form", "name", ruleName);
        page.choose("rule-form", "trigger.type", "TIME_PROFILE_START");
        page.choose("rule-form", "trigger.timeProfileId", profileId);
        page.choose("rule-form", "onlyWhileTimeProfileId", profileId);
        page.fill("rule-form", "actions[0].seconds", "20");
        page.click("rule-action-add");
        page.fill("rule-form", "actions[1].message", "Night begins: ${rule.name}");
        page.save("rule");
        assertTrue(page.fieldError("rule-form", "actions[0].cameraIds").contains("cameras"));
        browser.screenshot("31-rule-field-refused");
        assertTrue(api.get("/rules?name=" + marker, adminToken()).jsonArray().isEmpty(), "a refused rule is not stored");
        browser.driver().findElement(By.cssSelector(
                "#rule-form input[name='actions[0].cameraIds'][value='" + lobby + "']")).click();
        page.save("rule");
        String ruleId = page.listedAttribute("rule-list", ruleName, "data-rule-id");
        created.add(0, "/rules/" + ruleId);
        browser.screenshot("32-rule-added");
        JsonObject rule = api.get("/rules/" + ruleId, adminToken()).json();
        assertEquals("TIME_PROFILE_START", rule.getJsonObject("trigger").getString("type"));
        assertEquals(profileId, rule.getJsonObject("trigger").getString("timeProfileId"));
        assertEquals(profileId, rule.getString("onlyWhileTimeProfileId"));
        JsonObject recordAction = rule.getJsonArray("actions").getJsonObject(0);
        assertEquals("RECORD_ON_EVENT", recordAction.getString("type"));
        assertEquals(List.of(lobby), recordAction.getJsonArray("cameraIds").getValuesAs(JsonString::getString));
        assertEquals(20, recordAction.getInt("seconds"));
        JsonObject logAction = rule.getJsonArray("actions").getJsonObject(1);
        assertEquals("WRITE_RULE_LOG", logAction.getString("type"));
        assertEquals("Night begins: ${rule.name}", logAction.getString("message"));

        String definitionName = "Lobby lost " + marker;
        page.click("alarm-definition-add");
        page.fill("alarm-definition-form", "name", definitionName);
        page.fill("alarm-definition-form", "sourceEventType", "camera.disconnected");
        page.choose("alarm-definition-form", "matchCameraId", lobby);
        page.fill("alarm-definition-form", "priority", "11");
        page.fill("alarm-definition-form", "category", "Technical");
        browser.driver().findElement(By.cssSelector(
                "#alarm-definition-form input[name='relatedCameraIds'][value='" + lobby + "']")).click();
        page.fill("alarm-definition-form", "instructions", "Check the lobby camera's cable.");
        page.fill("alarm-definition-form", "autoCloseMinutes", "30");
        page.choose("alarm-definition-form", "timeProfileId", profileId);
        page.save("alarm-definition");
        assertTrue(page.fieldError("alarm-definition-form", "priority").contains("1 (most urgent) to 10"));
        browser.screenshot("33-alarm-definition-field-refused");
        assertTrue(alarmDefinitionsNamed(definitionName).isEmpty(), "a refused alarm definition is not stored");
        page.fill("alarm-definition-form", "priority", "2");
        page.save("alarm-definition");
        String definitionId = page.listedAttribute("alarm-definition-list", definitionName,
                "data-alarm-definition-id");
        created.add(0, "/alarm-definitions/" + definitionId);
        JsonObject definition = api.get("/alarm-definitions/" + definitionId, adminToken()).json();
        assertEquals("camera.disconnected", definition.getString("sourceEventType"));
        assertEquals(lobby, definition.getString("matchCameraId"));
        assertEquals(2, definition.getInt("priority"));
        assertEquals("Technical", definition.getString("category"));
        assertEquals(List.of(lobby), definition.getJsonArray("relatedCameraIds").getValuesAs(JsonString::getString));
        assertEquals("Check the lobby camera's cable.", definition.getString("instructions"));
        assertEquals(30, definition.getInt("autoCloseMinutes"));
        assertEquals(profileId, definition.getString("timeProfileId"));
        browser.screenshot("34-alarm-definition-added");

        page.clickInRow("#profile-list tr[data-profile-id='" + profileId + "']", ".profile-edit");
        renameProfileThroughTheApi(profileId, profileName + " (API)");
        page.fill("profile-form", "name", profileName + " (page)");
        page.save("profile");
        assertTrue(page.formStatus("profile").contains("someone else changed this time profile"));
        browser.screenshot("35-time-profile-conflict");
        assertEquals(profileName + " (API)", api.get("/time-profiles/" + profileId, adminToken()).json()
                .getString("name"), "the stale edit stored nothing");
        page.click("profile-cancel");

        page.clickInRow("#profile-list tr[data-profile-id='" + profileId + "']", ".profile-delete");
        page.clickInRow("#profile-list tr[data-profile-id='" + profileId + "']", ".profile-delete-confirm");
        String refusal = browser.await("the refusal to delete a profile in use", PAGE, d -> d.findElement(
                By.id("profile-status")).isDisplayed() ? d.findElement(By.id("profile-status")).getText() : null);
        assertTrue(refusal.contains(ruleName), refusal);
        assertEquals(200, api.get("/time-profiles/" + profileId, adminToken()).status(), "the profile in use stays");
    }

    @Test
    void theSystemMonitorShowsTheTestRecorderOnlineAndItsCameraStreaming() {
        String lobby = ArgusStack.ensureDemoCamera();
        String mode = api.get("/cameras/" + lobby, adminToken()).json().getString("recordingMode");
        WebClientPage.signIn(browser, "admin", "admin");
        AdminPage.open(browser);

        String server = browser.await("the test recorder online", PAGE, d -> d.findElement(By.cssSelector(
                "#monitor[data-state='ready'] #monitor-servers tr[data-recorder-id='" + ArgusStack.RECORDER_ID
                        + "'][data-online='true']")).getText());
        assertTrue(server.contains("Online"), server);
        String camera = browser.await("the lobby camera streaming", PAGE, d -> d.findElement(By.cssSelector(
                "#monitor-cameras tr[data-camera-id='" + lobby + "'][data-state='STREAMING']")).getText());
        assertTrue(camera.contains("Streaming"), camera);
        assertTrue(camera.contains(mode), camera);
        String recording = browser.driver().findElement(By.cssSelector("#monitor-cameras tr[data-camera-id='" + lobby
                + "']")).getDomAttribute("data-recording");
        assertEquals(switch (mode) {
            case "ALWAYS" -> "RECORDING";
            case "EVENT", "MOTION" -> "ARMED";
            default -> "NOT_RECORDING";
        }, recording);
        browser.screenshot("36-system-monitor");
    }

    @Test
    void anOperatorIsRefusedTheNewConfigurationEndpoints() {
        WebClientPage.signIn(browser, "operator", "operator");
        String someId = "00000000-0000-0000-0000-000000000001";

        Map<String, Object> statuses = PageEndpoints.statuses(browser, List.of(
                List.of("GET", "admin/time-profiles", ""),
                List.of("POST", "admin/time-profiles", "{\"name\":\"Intruders\",\"timeZone\":\"UTC\","
                        + "\"intervals\":[{\"day\":\"MONDAY\",\"start\":\"00:00\",\"end\":\"00:00\"}]}"),
                List.of("DELETE", "admin/time-profiles?id=" + someId, ""),
                List.of("GET", "admin/rules", ""),
                List.of("POST", "admin/rules", "{\"name\":\"Intruders\",\"trigger\":{\"type\":\"EVENT\","
                        + "\"eventType\":\"generic\"},\"actions\":[{\"type\":\"WRITE_RULE_LOG\",\"message\":\"x\"}]}"),
                List.of("PUT", "admin/rules?id=" + someId, "{\"name\":\"Mine\",\"version\":1}"),
                List.of("GET", "admin/alarm-definitions", ""),
                List.of("POST", "admin/alarm-definitions", "{\"name\":\"Intruders\",\"sourceEventType\":\"generic\"}"),
                List.of("DELETE", "admin/alarm-definitions?id=" + someId, ""),
                List.of("GET", "admin/generic-event-definitions", ""),
                List.of("GET", "monitor/snapshot", "")));
        assertEquals(11, statuses.size(), "every call answered: " + statuses);
        statuses.forEach((call, status) -> assertEquals(403L, status, call + " refused"));
        assertTrue(api.get("/rules?name=Intruders", adminToken()).jsonArray().isEmpty(), "no rule was stored");
        assertTrue(alarmDefinitionsNamed("Intruders").isEmpty(), "no alarm definition was stored");
    }

    private String adminToken() {
        return api.token("admin", "admin");
    }

    private List<JsonObject> alarmDefinitionsNamed(String name) {
        return api.get("/alarm-definitions?limit=500", adminToken()).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(definition -> definition.getString("name").equals(name)).toList();
    }

    /** Another administrator's change, made while the form is open on the old version. */
    private void renameProfileThroughTheApi(String profileId, String newName) {
        JsonObject current = api.get("/time-profiles/" + profileId, adminToken()).json();
        ApiClient.Answer renamed = api.putJson("/time-profiles/" + profileId, adminToken(),
                Json.createObjectBuilder(current).add("name", newName).build());
        assertEquals(200, renamed.status(), renamed.body());
    }
}
