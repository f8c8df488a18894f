package org.argusvms.web.alarms;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlarmRecipientTest {

    @Test
    void aCameraScopedHandlerHearsOnlyOfAlarmsOfTheirCameras() {
        AlarmRecipient gateGuard = new AlarmRecipient("guard", Set.of("gate"), false);
        assertTrue(gateGuard.admits("gate"));
        assertFalse(gateGuard.admits("lobby"));
        assertFalse(gateGuard.admits(null), "alarms without camera need the right on all cameras");
    }

    @Test
    void aHandlerOfAllCamerasHearsOfEveryAlarm() {
        AlarmRecipient operator = new AlarmRecipient("operator", Set.of("gate"), true);
        assertTrue(operator.admits("camera-added-later"));
        assertTrue(operator.admits(null));
    }

    @Test
    void someoneWhoseRightsCouldNotBeResolvedHearsNothing() {
        AlarmRecipient unknown = AlarmRecipient.ofCaller("someone", () -> {
            throw new IllegalStateException("permission service not available");
        });
        assertFalse(unknown.admits("gate"));
        assertFalse(unknown.admits(null));
    }
}
