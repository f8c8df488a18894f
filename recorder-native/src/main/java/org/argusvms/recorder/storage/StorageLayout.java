package org.argusvms.recorder.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Where media lives: {@code <storage>/<cameraId>/<yyyy-MM-dd>/<startEpochMillis>.mp4}, dates in UTC so that the
 * layout does not depend on the recorder's time zone or daylight saving. Recorder state (configuration, event
 * sequence, storage set, the segment index of every storage) lives in {@code <storage>/.recorder}, which no camera
 * id can name. Other storages' directories hold only {@code <cameraId>/<day>/<start>.mp4} files.
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

    /** The file the storage configuration is kept in (docs/design/storages.md). */
    public Path storageConfigurationFile() {
        return stateDirectory().resolve("storages.json");
    }

    /**
     * The path of a segment as the index names it: relative to this (the main) storage directory, or absolute when
     * the segment lives in another storage's directory.
     */
    public String segmentPath(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return normalized.startsWith(root) ? relativePath(normalized) : normalized.toString();
    }

    /**
     * The file an index path names. A relative path must stay inside the main storage directory; an absolute one
     * (a segment in another storage) must already be normalised and name a segment file.
     */
    public Path resolve(String indexPath) {
        Path given = Path.of(indexPath);
        if (given.isAbsolute()) {
            if (!given.normalize().equals(given) || !indexPath.endsWith(".mp4") || given.getNameCount() < 3) {
                throw new IllegalArgumentException("not a segment path: " + indexPath);
            }
            return given;
        }
        Path file = root.resolve(indexPath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("path outside the storage directory");
        }
        return file;
    }

    /** The storage directory a segment file lives in: segments are always {@code <root>/<camera>/<day>/<file>}. */
    public static Path rootOfSegment(Path segmentFile) {
        return segmentFile.toAbsolutePath().normalize().getParent().getParent().getParent();
    }

    public Path cameraDirectory(String cameraId) {
        if (!isSafeCameraId(cameraId)) {
            throw new IllegalArgumentException("camera id not usable as a directory name");
        }
        return root.resolve(cameraId);
    }

    public Path segmentFile(String cameraId, long startEpochMillis) {
        return segmentFile(root, cameraId, startEpochMillis);
    }

    /** A segment file in the storage directory {@code storageRoot} (this one or another storage's). */
    public Path segmentFile(Path storageRoot, String cameraId, long startEpochMillis) {
        if (!isSafeCameraId(cameraId)) {
            throw new IllegalArgumentException("camera id not usable as a directory name");
        }
        return storageRoot.toAbsolutePath().normalize().resolve(cameraId)
                .resolve(DAY.format(Instant.ofEpochMilli(startEpochMillis))).resolve(startEpochMillis + ".mp4");
    }
}
