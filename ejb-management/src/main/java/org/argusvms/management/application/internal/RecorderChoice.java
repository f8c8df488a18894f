package org.argusvms.management.application.internal;

import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;

import java.util.List;
import java.util.function.Function;

/** The recording server an administrator names for a new camera or hardware; optional while there is only one. */
final class RecorderChoice {

    private RecorderChoice() {
    }

    /** {@code unknown} makes the error for an id no recorder has (cameras answer 404, hardware 400). */
    static RecordingServer of(RecordingServerRepository recordingServers, String recorderId,
                              Function<String, RuntimeException> unknown) {
        if (recorderId == null || recorderId.isBlank()) {
            List<RecordingServer> all = recordingServers.findAll();
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new ValidationException("recorderId", all.isEmpty()
                    ? "no recording server has registered yet"
                    : "recorderId is required when there is more than one recording server");
        }
        return recordingServers.find(recorderId).orElseThrow(() -> unknown.apply("recording server '" + recorderId
                + "' does not exist"));
    }
}
