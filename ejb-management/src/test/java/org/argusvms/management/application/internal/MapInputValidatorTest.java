package org.argusvms.management.application.internal;

import org.argusvms.management.application.MapPlacementInput;
import org.argusvms.management.application.MapPlacementsInput;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.map.Placements;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MapInputValidatorTest {

    private static final Predicate<String> KNOWN = Set.of("cam-1", "cam-2")::contains;

    @Test
    void acceptsPlacementsOfKnownCamerasInsideThePicture() {
        Placements placements = MapInputValidator.placements(new MapPlacementsInput(List.of(
                new MapPlacementInput("cam-1", 0.0, 1.0, 45, "  Entrance  "),
                new MapPlacementInput("cam-2", 0.5, 0.5, null, " ")), 3L), KNOWN);

        assertEquals(2, placements.all().size());
        assertEquals("Entrance", placements.all().get(0).label());
        assertNull(placements.all().get(1).label());
    }

    @Test
    void namesTheCoordinateOutsideThePicture() {
        ValidationException refused = refused(new MapPlacementInput("cam-1", 1.5, 0.5, null, null));

        assertEquals("placements[0].x", refused.field());
    }

    @Test
    void refusesMissingCoordinates() {
        assertEquals("placements[0].y", refused(new MapPlacementInput("cam-1", 0.5, null, null, null)).field());
    }

    @Test
    void refusesUnknownCamerasWithoutEchoingControlCharacters() {
        ValidationException refused = refused(new MapPlacementInput("cam-9", 0.5, 0.5, null, null));

        assertEquals("placements[0].cameraId", refused.field());
        assertEquals("camera cam-9 does not exist", refused.getMessage());
    }

    @Test
    void refusesACameraPlacedTwice() {
        ValidationException refused = refused(new MapPlacementInput("cam-1", 0.1, 0.1, null, null),
                new MapPlacementInput("cam-1", 0.2, 0.2, null, null));

        assertEquals("placements[1].cameraId", refused.field());
    }

    @Test
    void refusesRotationBeyondAFullTurnAndLongLabels() {
        assertEquals("placements[0].rotation", refused(new MapPlacementInput("cam-1", 0.1, 0.1, 360, null)).field());
        assertEquals("placements[0].label",
                refused(new MapPlacementInput("cam-1", 0.1, 0.1, null, "x".repeat(101))).field());
    }

    @Test
    void refusesAMissingListAndOverlongNames() {
        assertThrows(ValidationException.class,
                () -> MapInputValidator.placements(new MapPlacementsInput(null, 1L), KNOWN));
        assertEquals("Ground floor", MapInputValidator.name("  Ground floor "));
        assertThrows(ValidationException.class, () -> MapInputValidator.name("x".repeat(101)));
        assertThrows(ValidationException.class, () -> MapInputValidator.name(" "));
    }

    private static ValidationException refused(MapPlacementInput... placements) {
        return assertThrows(ValidationException.class, () -> MapInputValidator.placements(
                new MapPlacementsInput(Arrays.asList(placements), 1L), KNOWN));
    }
}
