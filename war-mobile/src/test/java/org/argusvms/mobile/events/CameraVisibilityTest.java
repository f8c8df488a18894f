package org.argusvms.mobile.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameraVisibilityTest {

    private final CameraVisibility visibility = new CameraVisibility();

    @Test
    void alarmsNeedAlarmHandlingNotJustVisibility() {
        Subscriber viewer = new Subscriber("viewer", true, Set.of("cam-1", "cam-2"), Set.of("cam-2"), false);

        assertTrue(visibility.mayReceive(viewer, "camera.connected", "cam-1"));
        assertFalse(visibility.mayReceive(viewer, "alarm", "cam-1"), "sees cam-1 but may not handle its alarms");
        assertTrue(visibility.mayReceive(viewer, "alarm", "cam-2"));
        assertFalse(visibility.mayReceive(viewer, "alarm", null), "no ALARM_HANDLING on all cameras");
        assertTrue(visibility.mayReceive(viewer, "generic", null));
    }

    @Test
    void alarmsWithoutCameraGoToThoseWithTheRightOnAllCameras() {
        Subscriber guard = new Subscriber("guard", true, Set.of(), Set.of(), true);

        assertTrue(visibility.mayReceive(guard, "alarm", null));
        assertFalse(visibility.mayReceive(guard, "analytics", "cam-9"), "camera events still need visibility");
    }
}
