package org.argusvms.systemtest;

import jakarta.json.Json;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The system monitor's own page for a supervisor whose VMS role grants only the SYSTEM_MONITOR administration area: the
 * guard (live on one camera) gets that area through a second role, sees server health and only the cameras the guard
 * may see, and still cannot open or call the configuration.
 */
class WebClientSystemMonitorIT extends BrowserIT {

    private static final Duration PAGE = Duration.ofSeconds(30);

    private final ApiClient api = ArgusStack.api();
    private String monitorRoleId;

    @AfterEach
    void removeTheMonitorRole() {
        if (monitorRoleId != null) {
            api.delete("/roles/" + monitorRoleId, adminToken());
        }
    }

    @Test
    void aSupervisorWatchesServerAndCameraHealthWithoutConfiguring() {
        String guardCamera = GuardRole.define(api, adminToken());
        String lobby = ArgusStack.ensureDemoCamera();
        ApiClient.Answer role = api.postJson("/roles", adminToken(), Json.createObjectBuilder()
                .add("name", "Guard supervisors " + System.nanoTime())
                .add("claims", Json.createArrayBuilder().add("guard"))
                .add("grants", Json.createArrayBuilder())
                .add("adminAreas", Json.createArrayBuilder().add("SYSTEM_MONITOR")).build());
        assertEquals(201, role.status(), role.body());
        monitorRoleId = role.json().getString("id");

        WebClientPage.signIn(browser, "guard", "guard");
        assertTrue(browser.driver().findElements(By.id("nav-configuration")).isEmpty(), "no Configuration link");
        browser.driver().findElement(By.id("nav-monitor")).click();
        String server = browser.await("the test recorder online", PAGE, d -> d.findElement(By.cssSelector(
                "#monitor[data-state='ready'] #monitor-servers tr[data-recorder-id='" + ArgusStack.RECORDER_ID
                        + "'][data-online='true']")).getText());
        assertTrue(server.contains("Online"), server);
        List<String> cameras = browser.await("the guard post listed", PAGE, d -> {
            List<String> ids = d.findElements(By.cssSelector("#monitor-cameras tr[data-camera-id]")).stream()
                    .map(row -> row.getDomAttribute("data-camera-id")).toList();
            return ids.isEmpty() ? null : ids;
        });
        assertEquals(List.of(guardCamera), cameras, "only the cameras the guard may see, not " + lobby);
        browser.screenshot("60-system-monitor-supervisor");

        Map<String, Object> statuses = PageEndpoints.statuses(browser, List.of(
                List.of("GET", "monitor/snapshot", ""),
                List.of("GET", "admin.xhtml", ""),
                List.of("GET", "admin/recording-servers", ""),
                List.of("GET", "admin/cameras", "")));
        assertEquals(Map.of("GET monitor/snapshot", 200L, "GET admin.xhtml", 403L,
                "GET admin/recording-servers", 403L, "GET admin/cameras", 403L), statuses);
    }

    @Test
    void anOperatorWithoutTheAreaGetsNoMonitor() {
        WebClientPage.signIn(browser, "operator", "operator");
        assertTrue(browser.driver().findElements(By.id("nav-monitor")).isEmpty(), "no System monitor link");
        Map<String, Object> statuses = PageEndpoints.statuses(browser, List.of(
                List.of("GET", "monitor.xhtml", ""),
                List.of("GET", "monitor/snapshot", "")));
        assertEquals(Map.of("GET monitor.xhtml", 403L, "GET monitor/snapshot", 403L), statuses);
        browser.open(ArgusStack.webClientUrl() + "monitor.xhtml");
        List<WebElement> tables = browser.driver().findElements(By.id("monitor-servers"));
        assertTrue(tables.isEmpty(), "no monitor shown");
    }

    private String adminToken() {
        return api.token("admin", "admin");
    }
}
