package org.argusvms.web.maps;

import jakarta.json.JsonObject;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.MapDetails;
import org.argusvms.management.application.MapPlacementDetails;
import org.argusvms.management.application.MapPlacementsInput;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MapJsonTest {

    @Test
    void placedCamerasCarryTheirStateAsTheCameraListShowsIt() {
        MapDetails map = new MapDetails("map-1", "Ground floor", "image/png", 800, 600, List.of(
                new MapPlacementDetails("cam-1", "Lobby", 0.25, 0.5, 90, "Door"),
                new MapPlacementDetails("cam-2", "Yard", 0.75, 0.5, null, null)), 4);
        Map<String, CameraView> cameras = Map.of(
                "cam-1", CameraView.builder("cam-1", "Lobby").streamUrl("rtsp://x").recorderId("rec-1").version(1)
                        .state("STREAMING", null).build(),
                "cam-2", CameraView.builder("cam-2", "Yard").streamUrl("rtsp://y").recorderId("rec-1").enabled(false)
                        .version(1).state("STREAMING", null).build());

        JsonObject json = Jsons.readObject(MapJson.map(map, cameras));

        assertEquals(800, json.getInt("imageWidth"));
        JsonObject lobby = json.getJsonArray("placements").getJsonObject(0);
        assertEquals("ok", lobby.getString("stateTone"));
        assertEquals("Streaming", lobby.getString("stateLabel"));
        assertEquals(90, lobby.getInt("rotation"));
        JsonObject yard = json.getJsonArray("placements").getJsonObject(1);
        assertEquals("Disabled", yard.getString("stateLabel"));
        assertFalse(yard.getBoolean("watchable"), "a disabled camera offers no live video");
    }

    @Test
    void readsTheEditorsPlacementsAndRefusesWrongTypes() {
        MapPlacementsInput input = MapJson.placements(Jsons.readObject(
                "{\"version\":3,\"placements\":[{\"cameraId\":\"cam-1\",\"x\":0.5,\"y\":0.25,\"rotation\":null}]}"));

        assertEquals(3L, input.version());
        assertEquals(0.25, input.placements().get(0).y());
        assertNull(input.placements().get(0).rotation());
        assertThrows(ValidationException.class, () -> MapJson.placements(Jsons.readObject(
                "{\"version\":3,\"placements\":[{\"cameraId\":\"cam-1\",\"x\":\"left\",\"y\":0.25}]}")));
        assertThrows(ValidationException.class, () -> MapJson.placements(Jsons.readObject("{\"version\":3}")));
    }
}
