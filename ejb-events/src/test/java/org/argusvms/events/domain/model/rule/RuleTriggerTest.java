package org.argusvms.events.domain.model.rule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleTriggerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

    @Test
    void aDeviceEventTriggerMatchesItsTypeAndOptionallyOneCamera() {
        RuleTrigger anyCamera = RuleTrigger.onEvent("camera.disconnected", null, null, null, null);
        RuleTrigger lobbyOnly = RuleTrigger.onEvent("camera.disconnected", "cam-lobby", null, null, null);
        RuleEvent lobbyLost = event("recorder", "camera.disconnected", "cam-lobby", Map.of());
        RuleEvent gateLost = event("recorder", "camera.disconnected", "cam-gate", Map.of());

        assertTrue(anyCamera.matches(lobbyLost));
        assertTrue(anyCamera.matches(gateLost));
        assertTrue(lobbyOnly.matches(lobbyLost));
        assertFalse(lobbyOnly.matches(gateLost));
        assertFalse(anyCamera.matches(event("recorder", "camera.connected", "cam-lobby", Map.of())));
    }

    @Test
    void aGenericEventTriggerCanBeNarrowedToOneDefinition() {
        RuleTrigger doorForced = RuleTrigger.onEvent("generic", null, "def-door", null, null);

        assertTrue(doorForced.matches(event("generic", "generic", null, Map.of("definitionId", "def-door"))));
        assertFalse(doorForced.matches(event("generic", "generic", null, Map.of("definitionId", "def-panel"))));
        assertFalse(doorForced.matches(event("generic", "generic", null, Map.of())));
    }

    @Test
    void anAnalyticsTriggerMatchesTypeAndSourceIgnoringCase() {
        RuleTrigger lineCrossing = RuleTrigger.onEvent("analytics", null, null, "LineCrossing", "Gate cam");

        assertTrue(lineCrossing.matches(event("analytics", "analytics", "cam-gate",
                Map.of("analyticsType", "linecrossing", "sourceName", "GATE CAM"))));
        assertFalse(lineCrossing.matches(event("analytics", "analytics", "cam-gate",
                Map.of("analyticsType", "Loitering", "sourceName", "Gate cam"))));
        assertFalse(lineCrossing.matches(event("analytics", "analytics", "cam-gate",
                Map.of("analyticsType", "LineCrossing", "sourceName", "Yard cam"))));
    }

    @Test
    void timeProfileTriggersAndDisabledRulesAreNotTriggeredByEvents() {
        RuleTrigger nightStarts = RuleTrigger.onTimeProfile(TriggerType.TIME_PROFILE_START, "profile-night");
        RuleEvent anything = event("recorder", "camera.connected", "cam", Map.of());
        assertFalse(nightStarts.matches(anything));

        Rule disabled = new Rule("r1", new Rule.Definition("Off", null, false,
                RuleTrigger.onEvent("camera.connected", null, null, null, null), null,
                List.of(new RuleAction(ActionType.WRITE_RULE_LOG, null, null, null, "x", null, null, null))));
        assertFalse(disabled.isTriggeredBy(anything));
        assertTrue(disabled.trigger().matches(anything));
    }

    private static RuleEvent event(String source, String type, String cameraId, Map<String, String> attributes) {
        return new RuleEvent("e1", source, type, cameraId, NOW, attributes);
    }
}
