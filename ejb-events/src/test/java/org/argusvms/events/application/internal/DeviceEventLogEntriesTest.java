package org.argusvms.events.application.internal;

import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.argusvms.recorder.protocol.log.LogMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeviceEventLogEntriesTest {

    private static final Instant AT = Instant.parse("2026-11-25T20:00:00Z");

    @Test
    void aLostCameraIsAnErrorOfThatCameraOnItsRecorder() {
        LogMessage entry = DeviceEventLogEntries.toLogMessage(new RecorderEvent("rec-1", 5,
                RecorderEvent.CAMERA_DISCONNECTED, "cam-9", AT, Map.of("reason", "connection refused")));
        assertEquals(LogKind.SYSTEM, entry.kind());
        assertEquals(LogLevel.ERROR, entry.level());
        assertEquals(AT, entry.occurredAt());
        assertEquals("recorder:rec-1/camera:cam-9", entry.source());
        assertEquals("camera.disconnected", entry.category());
        assertEquals("camera cam-9: camera.disconnected (reason=connection refused)", entry.message());
        assertNull(entry.user());
    }

    @Test
    void levelsFollowWhatTheEventMeansForTheOperator() {
        assertEquals(LogLevel.ERROR, level(RecorderEvent.STORAGE_FULL, Map.of("freeBytes", "0")));
        assertEquals(LogLevel.INFO, level(RecorderEvent.CAMERA_CONNECTED, Map.of()));
        assertEquals(LogLevel.INFO, level(RecorderEvent.RECORDING_STARTED, Map.of()));
        assertEquals(LogLevel.INFO, level(RecorderEvent.RECORDING_STOPPED, Map.of("reason", "camera removed")));
        assertEquals(LogLevel.ERROR, level(RecorderEvent.RECORDING_STOPPED, Map.of("reason", "storage error: EIO")));
        assertEquals(LogLevel.WARNING, level(RecorderEvent.RECORDER_OFFLINE, Map.of()));
    }

    @Test
    void aRecorderWideEventNamesTheRecorder() {
        LogMessage entry = DeviceEventLogEntries.toLogMessage(new RecorderEvent("rec-1", 6, RecorderEvent.STORAGE_FULL,
                null, AT, Map.of("freeBytes", "1024", "deletedSegments", "3")));
        assertEquals("recorder:rec-1", entry.source());
        assertEquals("recorder rec-1: storage.full (deletedSegments=3, freeBytes=1024)", entry.message());
    }

    private static LogLevel level(String type, Map<String, String> attributes) {
        return DeviceEventLogEntries.levelOf(new RecorderEvent("rec-1", 1, type, "cam-1", AT, attributes));
    }
}
