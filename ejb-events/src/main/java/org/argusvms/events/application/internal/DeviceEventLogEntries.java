package org.argusvms.events.application.internal;

import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.argusvms.recorder.protocol.log.LogMessage;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The SYSTEM log entry a recorder's device event makes: failures (camera lost, storage full, recording stopped by a
 * storage error) are errors, a recorder going offline a warning, everything else (connected, recording started or
 * stopped on request) information. The source names the recorder and, for camera events, the camera, so a search by
 * "recorder:&lt;id&gt;" finds both.
 */
final class DeviceEventLogEntries {

    private DeviceEventLogEntries() {
    }

    static LogMessage toLogMessage(RecorderEvent event) {
        String source = "recorder:" + event.recorderId() + (event.cameraId() == null ? "" : "/camera:" + event.cameraId());
        String subject = event.cameraId() == null ? "recorder " + event.recorderId() : "camera " + event.cameraId();
        return LogMessage.system(levelOf(event), event.time(), source, event.eventType(),
                subject + ": " + event.eventType() + details(event.attributes()));
    }

    static LogLevel levelOf(RecorderEvent event) {
        return switch (event.eventType()) {
            case RecorderEvent.CAMERA_DISCONNECTED, RecorderEvent.STORAGE_FULL -> LogLevel.ERROR;
            case RecorderEvent.RECORDER_OFFLINE -> LogLevel.WARNING;
            case RecorderEvent.RECORDING_STOPPED ->
                    event.attributes().getOrDefault("reason", "").startsWith("storage error") ? LogLevel.ERROR : LogLevel.INFO;
            default -> LogLevel.INFO;
        };
    }

    /** Attributes in name order, e.g. " (reason=connection refused)"; recorders put no secrets in them. */
    private static String details(Map<String, String> attributes) {
        return attributes.isEmpty() ? "" : new TreeMap<>(attributes).entrySet().stream()
                .map(attribute -> attribute.getKey() + "=" + attribute.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
