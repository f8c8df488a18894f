package org.argusvms.management.domain.model.role;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnumNamesTest {

    @Test
    void roundTripsInAStableOrder() {
        String column = EnumNames.join(EnumSet.of(CameraRight.PTZ, CameraRight.LIVE));

        assertEquals("LIVE,PTZ", column);
        assertEquals(EnumSet.of(CameraRight.LIVE, CameraRight.PTZ), EnumNames.parse(CameraRight.class, column));
    }

    @Test
    void emptyAndUnknownNamesReadAsNothing() {
        assertEquals("", EnumNames.join(Set.of()));
        assertEquals(Set.of(), EnumNames.parse(CameraRight.class, ""));
        assertEquals(EnumSet.of(CameraRight.LIVE), EnumNames.parse(CameraRight.class, "LIVE, TELEPORT"));
    }
}
