package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A time profile without a time zone gets the site's, stored as its own (docs/admin/rules.md), through the REST API
 * and preselected in the web client's form; a bad zone is still refused naming the field.
 */
class TimeProfileSiteZoneIT extends BrowserIT {

    private final ApiClient api = ArgusStack.api();
    private final String admin = api.token("admin", "admin");
    private final List<String> createdProfiles = new ArrayList<>();
    private JsonObject siteBefore;

    @Test
    void aProfileWithoutAZoneTakesTheSitesAndKeepsItWhenTheSiteChanges() {
        String marker = String.valueOf(System.nanoTime());
        siteBefore = api.get("/site", admin).json();
        setSiteZone("Europe/Copenhagen");

        JsonObject left = created(profile("Left out " + marker));
        JsonObject blank = created(profile("Blank " + marker).add("timeZone", " "));
        assertEquals("Europe/Copenhagen", left.getString("timeZone"));
        assertEquals("Europe/Copenhagen", blank.getString("timeZone"));

        Answer refused = api.postJson("/time-profiles", admin, profile("Mars " + marker).add("timeZone", "Mars/Olympus")
                .build());
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"timeZone\""), refused.body());
        assertEquals(2, api.get("/time-profiles?name=" + marker, admin).jsonArray().size(), "the refused one is not stored");

        setSiteZone("America/New_York");
        assertEquals("Europe/Copenhagen", api.get("/time-profiles/" + left.getString("id"), admin).json()
                .getString("timeZone"), "stored as the profile's own: the site's new zone moves no schedule");
    }

    @Test
    void theWebClientsFormStartsInTheSitesZone() {
        String name = "Web zone " + System.nanoTime();
        siteBefore = api.get("/site", admin).json();
        setSiteZone("Europe/Copenhagen");
        WebClientPage.signIn(browser, "admin", "admin");
        AdminPage page = AdminPage.open(browser);
        browser.await("the site read", AdminPage.PAGE,
                d -> "Europe/Copenhagen".equals(d.findElement(By.id("site-time-zone")).getText()) ? true : null);

        page.click("profile-add");
        assertEquals("Europe/Copenhagen", page.field("profile-form", "timeZone").getDomProperty("value"));
        page.fill("profile-form", "name", name);
        page.save("profile");
        String id = page.listedAttribute("profile-list", name, "data-profile-id");
        createdProfiles.add(id);
        assertEquals("Europe/Copenhagen", api.get("/time-profiles/" + id, admin).json().getString("timeZone"));
    }

    @AfterEach
    void restore() {
        createdProfiles.forEach(id -> api.delete("/time-profiles/" + id, admin));
        if (siteBefore != null) {
            setSite(Json.createObjectBuilder(siteBefore));
        }
    }

    private JsonObject created(JsonObjectBuilder profile) {
        Answer answer = api.postJson("/time-profiles", admin, profile.build());
        assertEquals(201, answer.status(), answer.body());
        JsonObject created = answer.json();
        createdProfiles.add(created.getString("id"));
        return created;
    }

    private static JsonObjectBuilder profile(String name) {
        return Json.createObjectBuilder().add("name", name).add("intervals", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("day", "MONDAY").add("start", "08:00").add("end", "17:00")));
    }

    private void setSiteZone(String zone) {
        setSite(Json.createObjectBuilder(api.get("/site", admin).json()).add("timeZone", zone));
    }

    private void setSite(JsonObjectBuilder site) {
        long version = api.get("/site", admin).json().getJsonNumber("version").longValue();
        Answer answer = api.putJson("/site", admin, site.add("version", version).build());
        assertEquals(200, answer.status(), answer.body());
    }
}
