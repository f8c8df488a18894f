package org.argusvms.web.views;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.management.application.ViewDetails;
import org.argusvms.management.application.ViewTileDetails;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewJsonTest {

    private static final ViewDetails VIEW = new ViewDetails("v1", "Entrance", true, null, 2, 3,
            List.of(ViewTileDetails.camera(0, "cam-1", "Lobby"), ViewTileDetails.restricted(4)), 7);

    @Test
    void aViewCarriesItsGridAndTilesButNothingOfRestrictedCameras() {
        JsonObject json = Json.createReader(new StringReader(ViewJson.view(VIEW))).readObject();
        assertEquals(2, json.getInt("rows"));
        assertEquals(3, json.getInt("columns"));
        assertEquals(7, json.getInt("version"));
        JsonObject visible = json.getJsonArray("tiles").getJsonObject(0);
        assertEquals("cam-1", visible.getString("cameraId"));
        assertEquals("Lobby", visible.getString("cameraName"));
        JsonObject restricted = json.getJsonArray("tiles").getJsonObject(1);
        assertEquals(4, restricted.getInt("position"));
        assertTrue(restricted.getBoolean("restricted"));
        assertFalse(restricted.containsKey("cameraId") || restricted.containsKey("cameraName"), restricted.toString());
    }

    @Test
    void thePickerListOnlyNamesTheViews() {
        JsonObject entry = Json.createReader(new StringReader(ViewJson.list(List.of(VIEW)))).readArray().getJsonObject(0);
        assertEquals(List.of("id", "name", "shared"), List.copyOf(entry.keySet()));
    }
}
