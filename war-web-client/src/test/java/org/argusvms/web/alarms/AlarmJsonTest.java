package org.argusvms.web.alarms;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.events.application.AlarmView;
import org.argusvms.events.application.AlarmView.AlarmTransitionView;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlarmJsonTest {

    private static final Instant RAISED = Instant.parse("2026-11-25T20:00:00Z");
    private static final AlarmView CLOSED = new AlarmView("a1", "d1", "Door forced", "e1", "generic", "gate",
            "door 7 forced", "CLOSED", "operator", 2, "intrusion", "Send the guard", RAISED, null, 3, List.of(
            new AlarmTransitionView(RAISED, "system", null, "NEW", null),
            new AlarmTransitionView(RAISED.plusSeconds(5), "operator", "NEW", "IN_PROGRESS", null),
            new AlarmTransitionView(RAISED.plusSeconds(60), "operator", "IN_PROGRESS", "CLOSED", "door shut")));

    @Test
    void anAlarmCarriesWhatTheDetailsPanelShowsWithItsHistory() {
        JsonObject json = read(AlarmJson.alarm(CLOSED));
        assertEquals("Door forced", json.getString("name"));
        assertEquals("CLOSED", json.getString("state"));
        assertEquals(3, json.getInt("version"));
        assertEquals("gate", json.getString("cameraId"));
        assertEquals("2026-11-25T20:00:00Z", json.getString("raisedAt"));
        assertEquals("Send the guard", json.getString("instructions"));
        JsonObject raised = json.getJsonArray("history").getJsonObject(0);
        assertFalse(raised.containsKey("fromState"), "the raising has no previous state");
        assertEquals("door shut", json.getJsonArray("history").getJsonObject(2).getString("comment"));
    }

    @Test
    void aPageSaysWhetherMoreFollowAndLeavesAbsentValuesOut() {
        AlarmView fresh = new AlarmView("a2", "d1", "Door forced", "e2", "generic", null, null, "NEW", null, 5,
                null, null, RAISED, null, 1, List.of());
        JsonObject json = read(AlarmJson.page(List.of(fresh), 25, true));
        assertTrue(json.getBoolean("more"));
        assertEquals(25, json.getInt("offset"));
        JsonObject alarm = json.getJsonArray("alarms").getJsonObject(0);
        assertFalse(alarm.containsKey("owner"));
        assertFalse(alarm.containsKey("cameraId"));
        assertFalse(alarm.containsKey("history"), "lists carry no history");
    }

    @Test
    void aNoticeNamesTheAlarmAndNothingMore() {
        JsonObject event = read("""
                {"id":"a1","sourceType":"alarm","eventType":"alarm","cameraId":"gate","alarm":{"id":"a1",
                 "state":"IN_PROGRESS","version":2,"message":"door 7 forced","definitionName":"Door forced"}}""");
        JsonObject notice = read(AlarmNotice.of(event));
        assertEquals("alarm-changed", notice.getString("type"));
        assertEquals("a1", notice.getString("id"));
        assertEquals(2, notice.getInt("version"));
        assertFalse(notice.toString().contains("door 7"), "the page reads the alarm through the service");
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
