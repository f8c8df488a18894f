package org.argusvms.recorder.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Where media lives: {@code <storage>/<cameraId>/<yyyy-MM-dd>/<startEpochMillis>.mp4}, dates in UTC so that the
 * layout does not depend on the recorder's time zone or daylight saving. Recorder state (configuration, event
 * sequence) lives in {@code <storage>/.recorder}, which no camera id can name.
 */
public final class StorageLayout {

    /** Camera ids become directory names: no separators, no leading dot, bounded length. */
    private static final Pattern SAFE_CAMERA_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final Path root;

    public StorageLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static boolean isSafeCameraId(String cameraId) {
        return cameraId != null && SAFE_CAMERA_ID.matcher(cameraId).matches();
    }

    public Path root() {
        return root;
    }

    public Path stateDirectory() {
        return root.resolve(".recorder");
    }

    public Path cameraConfigurationFile() {
        return stateDirectory().resolve("cameras.json");
    }

    public Path eventSequenceFile() {
        return stateDirectory().resolve("event-sequence");
    }

    /** The event outbox's journal: events not yet acknowledged by the management server. */
    public Path eventOutboxFile() {
        return stateDirectory().resolve("event-outbox.journal");
    }

    public Path segmentLogFile() {
        return stateDirectory().resolve("segments.log");
    }

    public Path evidenceLockFile() {
        return stateDirectory().resolve("evidence-locks.json");
    }

    /** Held by the process that owns the media (a running recorder, or {@code check}). */
    public Path mediaLockFile() {
        return stateDirectory().resolve("media.lock");
    }

    /** The path of a segment as the index names it: relative to the root, '/' separators. */
    public String relativePath(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public Path resolve(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("path outside the storage directory");
        }
        return file;
    }

    public Path cameraDirectory(String cameraId) {
        if (!isSafeCameraId(cameraId)) {
            throw new IllegalArgumentException("camera id not usable as a directory name");
        }
        return root.resolve(cameraId);
    }

    public Path segmentFile(String cameraId, long startEpochMillis) {
        return cameraDirectory(cameraId).resolve(DAY.format(Instant.ofEpochMilli(startEpochMillis)))
                .resolve(startEpochMillis + ".mp4");
    }
}
