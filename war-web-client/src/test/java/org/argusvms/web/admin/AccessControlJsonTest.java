package org.argusvms.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.DeviceGroupView;
import org.argusvms.management.application.GrantView;
import org.argusvms.management.application.RoleView;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AccessControlJsonTest {

    @Test
    void aRoleCarriesEverythingTheFormEditsAndItsVersion() {
        JsonObject role = Jsons.readObject(AccessControlJson.role(new RoleView("r-1", "Guards", null,
                List.of("guard"), List.of(new GrantView("ALL", null, List.of("LIVE")),
                new GrantView("CAMERA", "c-1", List.of("PLAYBACK", "PTZ"))), List.of("SECURITY"), 4000, 7)));

        assertEquals("Guards", role.getString("name"));
        assertEquals("", role.getString("description"));
        assertEquals("guard", role.getJsonArray("claims").getString(0));
        assertEquals(List.of("SECURITY"), role.getJsonArray("adminAreas").getValuesAs(JsonString::getString));
        assertEquals(4000, role.getInt("ptzPriority"));
        assertEquals(7, role.getInt("version"));
        JsonArray grants = role.getJsonArray("grants");
        assertFalse(grants.getJsonObject(0).containsKey("targetId"), "a grant on all cameras has no target");
        assertEquals("c-1", grants.getJsonObject(1).getString("targetId"));
        assertEquals("PTZ", grants.getJsonObject(1).getJsonArray("rights").getString(1));
    }

    @Test
    void aDeviceGroupListsItsCamerasAndVersion() {
        JsonArray groups = Json.createReader(new StringReader(AccessControlJson.deviceGroups(List.of(
                new DeviceGroupView("g-1", "Gates", "North side", List.of("c-1", "c-2"), 2))))).readArray();

        JsonObject gates = groups.getJsonObject(0);
        assertEquals("Gates", gates.getString("name"));
        assertEquals("North side", gates.getString("description"));
        assertEquals(2, gates.getJsonArray("cameraIds").size());
        assertEquals(2, gates.getInt("version"));
    }
}
