package org.argusvms.events.domain.model.alarm;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlarmTest {

    private static final Instant RAISED = Instant.parse("2026-11-25T18:00:00Z");

    @Test
    void aNewAlarmCarriesTheDefinitionsPriorityAndRecordsItsRaising() {
        Alarm alarm = raise(definition(null, List.of()), event("cam-1"));

        assertEquals(AlarmState.NEW, alarm.state());
        assertEquals(3, alarm.priority());
        assertEquals("cam-1", alarm.cameraId());
        AlarmTransition raising = alarm.history().get(0);
        assertEquals(Alarm.SYSTEM_USER, raising.username());
        assertNull(raising.fromState());
        assertEquals(AlarmState.NEW, raising.toState());
    }

    @Test
    void anEventWithoutCameraGivesTheAlarmTheDefinitionsFirstRelatedCamera() {
        assertEquals("cam-9", raise(definition(null, List.of("cam-9", "cam-8")), event(null)).cameraId());
        assertNull(raise(definition(null, List.of()), event(null)).cameraId());
    }

    @Test
    void takeHoldTakeCloseRecordsEveryStepWithItsUser() {
        Alarm alarm = raise(definition(null, List.of()), event("cam-1"));

        alarm.take("alice", RAISED.plusSeconds(10), null);
        alarm.hold("alice", RAISED.plusSeconds(20), "waiting for guard");
        alarm.take("bob", RAISED.plusSeconds(30), null);
        alarm.close("bob", RAISED.plusSeconds(40), "false alarm, door closed");

        assertEquals(AlarmState.CLOSED, alarm.state());
        assertEquals("bob", alarm.owner());
        List<AlarmTransition> history = alarm.history();
        assertEquals(List.of("system", "alice", "alice", "bob", "bob"),
                history.stream().map(AlarmTransition::username).toList());
        assertEquals(List.of(AlarmState.NEW, AlarmState.IN_PROGRESS, AlarmState.ON_HOLD, AlarmState.IN_PROGRESS,
                AlarmState.CLOSED), history.stream().map(AlarmTransition::toState).toList());
        assertEquals(AlarmState.IN_PROGRESS, history.get(4).fromState());
        assertEquals("false alarm, door closed", history.get(4).comment());
        assertEquals(RAISED.plusSeconds(20), history.get(2).changedAt());
    }

    @Test
    void anAlarmInProgressCannotBeTakenByAnyone() {
        Alarm alarm = raise(definition(null, List.of()), event("cam-1"));
        alarm.take("alice", RAISED, null);

        IllegalAlarmTransitionException refused = assertThrows(IllegalAlarmTransitionException.class,
                () -> alarm.take("bob", RAISED, null));

        assertTrue(refused.getMessage().contains("alice"), refused.getMessage());
        assertEquals("alice", alarm.owner());
        assertEquals(2, alarm.history().size(), "a refused step leaves no trace");
    }

    @Test
    void closedIsFinal() {
        Alarm alarm = raise(definition(null, List.of()), event("cam-1"));
        alarm.close("alice", RAISED, "handled");

        assertThrows(IllegalAlarmTransitionException.class, () -> alarm.take("bob", RAISED, null));
        assertThrows(IllegalAlarmTransitionException.class, () -> alarm.hold("bob", RAISED, null));
        assertThrows(IllegalAlarmTransitionException.class, () -> alarm.close("bob", RAISED, "again"));
        assertEquals(2, alarm.history().size());
    }

    @Test
    void closingNeedsAComment() {
        Alarm alarm = raise(definition(null, List.of()), event("cam-1"));

        assertThrows(IllegalArgumentException.class, () -> alarm.close("alice", RAISED, " "));
        assertEquals(AlarmState.NEW, alarm.state());
    }

    @Test
    void holdingTwiceIsRefused() {
        Alarm alarm = raise(definition(null, List.of()), event("cam-1"));
        alarm.hold("alice", RAISED, null);

        assertThrows(IllegalAlarmTransitionException.class, () -> alarm.hold("alice", RAISED, null));
    }

    @Test
    void autoCloseHappensOnlyOnceTheTimeHasCome() {
        Alarm alarm = raise(definition(15, List.of()), event("cam-1"));

        assertFalse(alarm.closeIfDue(RAISED.plusSeconds(14 * 60)));
        assertTrue(alarm.closeIfDue(RAISED.plusSeconds(15 * 60)));
        assertEquals(AlarmState.CLOSED, alarm.state());
        assertEquals(Alarm.SYSTEM_USER, alarm.history().get(1).username());
        assertFalse(alarm.closeIfDue(RAISED.plusSeconds(16 * 60)), "already closed");
        assertFalse(raise(definition(null, List.of()), event("cam-1")).closeIfDue(RAISED.plusSeconds(86_400)));
    }

    private static Alarm raise(AlarmDefinition definition, TriggeringEvent event) {
        return new Alarm("alarm-1", definition, event, RAISED);
    }

    private static AlarmDefinition definition(Integer autoCloseMinutes, List<String> relatedCameras) {
        return new AlarmDefinition("def-1", new AlarmDefinition.Settings("Door forced", true, "generic", null, null,
                null, 3, "intrusion", relatedCameras, "call the guard", autoCloseMinutes,
                null));
    }

    private static TriggeringEvent event(String cameraId) {
        return new TriggeringEvent("event-1", "generic", cameraId, "door 7 forced", "Door", RAISED);
    }
}
