package org.argusvms.web.playback;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.management.application.EvidenceLockView;
import org.argusvms.management.application.ExportAccess;
import org.argusvms.management.application.PlaybackAccess;

import java.util.List;
import org.argusvms.json.Jsons;

/** The JSON bodies of the playback page's endpoints, read by playback.js. */
final class PlaybackJson {

    private PlaybackJson() {
    }

    static String playback(PlaybackAccess access) {
        return Jsons.objectBuilder()
                .add("cameraId", access.cameraId())
                .add("recordingsUrl", access.recordingsUrl())
                .add("clipUrl", access.clipUrl())
                .add("snapshotUrl", access.snapshotUrl())
                .add("expiresAt", access.expiresAt().toString())
                .build().toString();
    }

    static String export(ExportAccess access) {
        return Jsons.objectBuilder()
                .add("cameraId", access.cameraId())
                .add("from", access.from().toString())
                .add("to", access.to().toString())
                .add("exportUrl", access.exportUrl())
                .add("expiresAt", access.expiresAt().toString())
                .build().toString();
    }

    static String locks(List<EvidenceLockView> locks) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        locks.forEach(lock -> array.add(lockObject(lock)));
        return array.build().toString();
    }

    static String lock(EvidenceLockView lock) {
        return lockObject(lock).build().toString();
    }

    private static JsonObjectBuilder lockObject(EvidenceLockView lock) {
        return Jsons.objectBuilder()
                .add("id", lock.id())
                .add("cameraId", lock.cameraId())
                .add("from", lock.from().toString())
                .add("to", lock.to().toString())
                .add("reason", lock.reason())
                .add("createdBy", lock.createdBy())
                .add("createdAt", lock.createdAt().toString());
    }

    /** {@code {"error":…}}: a message meant for the operator, never a stack trace. */
    static String error(String message) {
        return Jsons.objectBuilder().add("error", message).build().toString();
    }
}
