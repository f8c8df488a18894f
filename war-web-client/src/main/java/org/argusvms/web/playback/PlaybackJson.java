package org.argusvms.web.playback;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.management.application.EvidenceLockView;
import org.argusvms.management.application.ExportAccess;
import org.argusvms.management.application.PlaybackAccess;
import org.argusvms.management.application.PlaybackSpan;

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
                .add("motionUrl", access.motionUrl())
                .add("expiresAt", access.expiresAt().toString())
                .add("spans", spans(access.spans()))
                .build().toString();
    }

    /** The recorder of each period of the camera's history; {@code until} absent for the current one. */
    private static JsonArrayBuilder spans(List<PlaybackSpan> spans) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        for (PlaybackSpan span : spans) {
            JsonObjectBuilder object = Jsons.objectBuilder().add("recorderId", span.recorderId())
                    .add("from", span.from().toString()).add("recordingsUrl", span.recordingsUrl())
                    .add("clipUrl", span.clipUrl()).add("snapshotUrl", span.snapshotUrl())
                    .add("motionUrl", span.motionUrl());
            if (span.until() != null) {
                object.add("until", span.until().toString());
            }
            array.add(object);
        }
        return array;
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
