package org.argusvms.events.domain.model.alarm;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlarmDefinitionTest {

    private static final Instant AT = Instant.parse("2026-11-25T18:00:00Z");

    @Test
    void withoutConditionsEveryEventOfTheTypeMatches() {
        AlarmDefinition any = definition(true, "generic", null, null, null);

        assertTrue(any.matches(event("generic", null, "anything", "Door")));
        assertFalse(any.matches(event("analytics", null, "anything", "Door")), "another event type");
    }

    @Test
    void textMatchesAsContainedIgnoringCase() {
        AlarmDefinition forced = definition(true, "generic", "FORCED", null, null);

        assertTrue(forced.matches(event("generic", null, "door 7 forced open", "Door")));
        assertFalse(forced.matches(event("generic", null, "door 7 closed", "Door")));
        assertFalse(forced.matches(event("generic", null, null, "Door")), "no text, no match");
    }

    @Test
    void definitionNameAndCameraMustBeEqual() {
        AlarmDefinition lineCrossing = definition(true, "analytics", null, "linecrossing", "cam-1");

        assertTrue(lineCrossing.matches(event("analytics", "cam-1", "x", "LineCrossing")));
        assertFalse(lineCrossing.matches(event("analytics", "cam-1", "x", "LineCrossingB")));
        assertFalse(lineCrossing.matches(event("analytics", "cam-2", "x", "LineCrossing")));
        assertFalse(lineCrossing.matches(event("analytics", null, "x", "LineCrossing")));
    }

    @Test
    void aDisabledDefinitionMatchesNothing() {
        assertFalse(definition(false, "generic", null, null, null).matches(event("generic", null, "x", "Door")));
    }

    private static AlarmDefinition definition(boolean enabled, String type, String text, String definitionName,
                                              String cameraId) {
        return new AlarmDefinition("def", new AlarmDefinition.Settings("name", enabled, type, text, definitionName,
                cameraId, 5, null, List.of(), null, null, null));
    }

    private static TriggeringEvent event(String type, String cameraId, String text, String definitionName) {
        return new TriggeringEvent("e", type, cameraId, text, definitionName, AT);
    }
}
