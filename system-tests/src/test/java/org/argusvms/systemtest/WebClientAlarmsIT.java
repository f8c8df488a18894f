package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.ExternalEventSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's alarm list in real headless Chromium against the whole stack: an alarm raised by a generic event
 * appears on the open page without a reload, is taken and closed with a comment by keyboard, and the REST API
 * confirms its history; a guard without alarm rights on its camera never sees it. Screenshots of each step are kept.
 */
class WebClientAlarmsIT extends EventServerIT {

    /** From the generic event to the row on the page: JMS, the page's socket, one list request. */
    private static final Duration LIVE = Duration.ofSeconds(10);

    private BrowserSession browser;

    @AfterEach
    void keepEvidenceAndCloseBrowser() {
        if (browser != null) {
            try {
                browser.screenshot("alarms-end");
                browser.saveConsoleLog("alarms");
            } finally {
                browser.close();
            }
        }
    }

    @Test
    void anAlarmArrivesLiveIsTakenAndClosedWithACommentAndAGuardNeverSeesIt() throws Exception {
        String lobby = ArgusStack.ensureDemoCamera();
        String alarmName = "Door forced " + marker;
        defineAlarm(alarmName, lobby);

        browser = BrowserSession.start();
        WebClientPage.signIn(browser, "operator", "operator");
        WebClientAlarmsPage page = WebClientAlarmsPage.openFromNavigation(browser);
        browser.script("window.argusNotReloaded = true;");
        browser.screenshot("alarms-01-open");

        ExternalEventSender.sendLine("door 7 forced " + marker + "\n");

        String alarmId = browser.await("the new alarm's row", LIVE, d -> {
            List<String> ids = page.alarmIdsMentioning(marker);
            return ids.isEmpty() ? null : ids.get(0);
        });
        assertEquals(Boolean.TRUE, browser.script("return window.argusNotReloaded === true;"),
                "the row appeared without reloading the page");
        assertEquals("NEW", page.row(alarmId).getDomAttribute("data-state"));
        assertTrue(page.row(alarmId).getText().contains(ArgusStack.demoCameraName()), page.row(alarmId).getText());
        browser.screenshot("alarms-02-arrived");

        page.row(alarmId).click();
        page.awaitDetails("the alarm's details", LIVE, alarmId, "NEW");
        assertEquals("Send the guard", browser.driver().findElement(By.id("alarm-instructions")).getText());

        page.pressKey("t");
        page.awaitDetails("the alarm taken", LIVE, alarmId, "IN_PROGRESS");
        assertEquals("operator", page.detail("owner"));
        browser.await("the row showing In progress", LIVE,
                d -> "IN_PROGRESS".equals(page.row(alarmId).getDomAttribute("data-state")));
        browser.screenshot("alarms-03-taken");

        page.pressKey("c");
        page.typeComment("guard found the door shut", Keys.ENTER);
        page.awaitDetails("the alarm closed", LIVE, alarmId, "CLOSED");
        assertEquals("Closed", page.detail("state"));
        assertTrue(page.historyLines().get(2).contains("guard found the door shut"), page.historyLines().toString());
        browser.await("the closed alarm gone from the open alarms", LIVE, d -> page.alarmIdsMentioning(marker).isEmpty());
        browser.screenshot("alarms-04-closed");

        JsonObject stored = api.get("/alarms/" + alarmId, operator).json();
        assertEquals("CLOSED", stored.getString("state"));
        List<String> history = stored.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .map(step -> step.getString("user") + ":" + step.getString("toState") + ":"
                        + step.getString("comment", ""))
                .toList();
        assertEquals(List.of("system:NEW:", "operator:IN_PROGRESS:", "operator:CLOSED:guard found the door shut"),
                history);

        page.pressKey(Keys.ENTER);
        browser.await("the playback page of the alarm's camera at the alarm's instant", Duration.ofSeconds(30),
                d -> d.getCurrentUrl().contains("playback.xhtml?camera=" + lobby)
                        && ArgusStack.demoCameraName().equals(d.findElement(By.id("playback-camera")).getText())
                        && !d.findElement(By.id("playback-instant")).getDomProperty("value").isEmpty()
                        && !"loading".equals(d.findElement(By.id("playback")).getDomAttribute("data-state")));
        Number offByMillis = (Number) browser.script("return Math.abs(new Date(document.getElementById("
                + "'playback-instant').value).getTime() - Date.parse(arguments[0]));", stored.getString("raisedAt"));
        assertTrue(offByMillis.longValue() < 1000, "the instant shown is the alarm's, off by " + offByMillis + " ms");
        browser.screenshot("alarms-05-playback");

        assertAGuardDoesNotSee(alarmId);
    }

    /** The guard's only role grants LIVE on the guard post, so the lobby's alarm is not theirs to see or handle. */
    private void assertAGuardDoesNotSee(String alarmId) {
        GuardRole.define(api, admin);
        browser.close();
        browser = BrowserSession.start();
        WebClientPage.signIn(browser, "guard", "guard");
        WebClientAlarmsPage page = WebClientAlarmsPage.open(browser);
        new Select(browser.driver().findElement(By.id("alarm-state")))
                .selectByValue("all");
        browser.await("the guard's list of all alarms", LIVE,
                d -> "ready".equals(d.findElement(By.id("alarms")).getDomAttribute("data-state")));
        assertEquals(List.of(), page.alarmIdsMentioning(marker));
        browser.screenshot("alarms-06-guard");
        Answer direct = api.get("/alarms/" + alarmId, api.token("guard", "guard"));
        assertEquals(404, direct.status(), direct.body());
    }

    private void defineAlarm(String alarmName, String cameraId) {
        Answer generic = api.postJson("/generic-event-definitions", admin, Json.createObjectBuilder()
                .add("name", "Door " + marker).add("matchType", "CONTAINS").add("expression", marker).build());
        assertEquals(201, generic.status(), generic.body());
        cleanUp.add("/generic-event-definitions/" + generic.json().getString("id"));
        Answer alarm = api.postJson("/alarm-definitions", admin, Json.createObjectBuilder()
                .add("name", alarmName).add("sourceEventType", "generic").add("matchDefinitionName", "Door " + marker)
                .add("priority", 2).add("relatedCameraIds", Json.createArrayBuilder().add(cameraId))
                .add("instructions", "Send the guard").build());
        assertEquals(201, alarm.status(), alarm.body());
        cleanUp.add(0, "/alarm-definitions/" + alarm.json().getString("id"));
    }
}
