package org.argusvms.web.control;

import jakarta.json.JsonObject;
import org.argusvms.events.application.DeviceEventView;
import org.argusvms.events.application.UserEventDefinitionView;
import org.argusvms.events.application.UserEventService;
import org.argusvms.json.Jsons;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UserEventJsonTest {

    @Test
    void theMenuGetsNamesAndDescriptionsButNotTheRelatedCameras() {
        String json = UserEventJson.definitions(List.of(
                new UserEventDefinitionView("d1", "Drill", null, List.of("cam-1"), 3)));
        JsonObject entry = Jsons.reader(new StringReader(json)).readArray().getJsonObject(0);
        assertEquals(List.of("id", "name", "description"), List.copyOf(entry.keySet()));
        assertEquals("", entry.getString("description"));
    }

    @Test
    void aTriggerAnswersWithTheStoredEventAndWhetherItWasARepeat() {
        Instant at = Instant.parse("2026-11-26T01:02:03Z");
        DeviceEventView event = new DeviceEventView("e1", null, 0, "user-defined", null, at, at,
                Map.of("definition", "Drill"), DeviceEventView.USER);
        JsonObject json = Jsons.readObject(UserEventJson.triggered(new UserEventService.Triggered(event, true)));
        assertEquals("e1", json.getString("eventId"));
        assertEquals("2026-11-26T01:02:03Z", json.getString("occurredAt"));
        assertEquals(true, json.getBoolean("repeated"));
    }
}
