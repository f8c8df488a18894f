package org.argusvms.events.application.internal;

import org.argusvms.events.application.AlarmDefinitionInput;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlarmDefinitionValidatorTest {

    @Test
    void defaultsAreEnabledPriorityFiveNoConditionsAndNoAutoClose() {
        AlarmDefinition.Settings settings = AlarmDefinitionValidator.validate(input(" Door ", "generic", null, null,
                null, null));

        assertEquals("Door", settings.name());
        assertTrue(settings.enabled());
        assertEquals(5, settings.priority());
        assertNull(settings.matchText());
        assertEquals(List.of(), settings.relatedCameraIds());
        assertNull(settings.autoCloseMinutes());
        assertNull(settings.timeProfileId(), "no time profile: active at all times");
    }

    @Test
    void eachRefusalNamesItsField() {
        assertEquals("name", fieldOf(input(" ", "generic", null, null, null, null)));
        assertEquals("sourceEventType", fieldOf(input("n", null, null, null, null, null)));
        assertEquals("sourceEventType", fieldOf(input("n", "Camera Motion!", null, null, null, null)));
        assertEquals("priority", fieldOf(input("n", "generic", 0, null, null, null)));
        assertEquals("priority", fieldOf(input("n", "generic", 11, null, null, null)));
        assertEquals("autoCloseMinutes", fieldOf(input("n", "generic", null, 0, null, null)));
        assertEquals("matchCameraId", fieldOf(input("n", "generic", null, null, "../etc", null)));
        assertEquals("relatedCameraIds", fieldOf(input("n", "generic", null, null, null, Arrays.asList("c1", null))));
    }

    @Test
    void relatedCamerasAreTrimmedAndDeduplicatedInOrder() {
        assertEquals(List.of("c2", "c1"), AlarmDefinitionValidator.validate(input("n", "camera.disconnected", 1, 60,
                null, List.of(" c2", "c1", "c2"))).relatedCameraIds());
    }

    private static String fieldOf(AlarmDefinitionInput input) {
        return assertThrows(ValidationException.class, () -> AlarmDefinitionValidator.validate(input)).field();
    }

    private static AlarmDefinitionInput input(String name, String type, Integer priority, Integer autoClose,
                                              String matchCameraId, List<String> related) {
        return new AlarmDefinitionInput(name, null, type, null, null, matchCameraId, priority, null, related, null,
                autoClose, null);
    }
}
