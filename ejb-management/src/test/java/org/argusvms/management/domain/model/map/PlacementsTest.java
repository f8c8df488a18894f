package org.argusvms.management.domain.model.map;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlacementsTest {

    @Test
    void survivesStorageUnchanged() {
        Placements placements = new Placements(List.of(
                new CameraPlacement("cam-1", 0.25, 0.75, 90, "Door \"north\"; 2nd floor"),
                new CameraPlacement("cam-2", 0, 1, null, null)));

        assertEquals(placements, Placements.decode(placements.encoded()));
    }

    @Test
    void refusesTheSameCameraTwice() {
        assertThrows(IllegalArgumentException.class, () -> new Placements(List.of(
                new CameraPlacement("cam-1", 0.1, 0.1, null, null),
                new CameraPlacement("cam-1", 0.2, 0.2, null, null))));
    }

    @Test
    void refusesCoordinatesOutsideThePicture() {
        assertThrows(IllegalArgumentException.class, () -> new CameraPlacement("cam-1", 1.5, 0.5, null, null));
        assertThrows(IllegalArgumentException.class, () -> new CameraPlacement("cam-1", 0.5, -0.01, null, null));
        assertThrows(IllegalArgumentException.class, () -> new CameraPlacement("cam-1", Double.NaN, 0.5, null, null));
    }
}
