package org.argusvms.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Watches recordings grow from outside the recorder: the longest pause between two writes to any camera's recording
 * (the writer appends and forces one fragment per GOP, so about one second is normal). Writes are seen through the
 * current segment file's modification time, polled a few times a second; a segment change counts from the last write
 * of the old file to the start of the new one (its name). A camera's directory is listed only when its current file
 * stopped growing, so polling stays cheap while the old archive still fills the directories.
 */
final class WriteStallProbe {

    /** A file that has not grown for this long may have been replaced by the next segment: look for a newer one. */
    private static final long LOOK_FOR_NEWER_MILLIS = 1200;

    private final Path storage;
    private final List<String> cameraIds;
    private final long liveFromMillis;
    private final Map<String, Path> currentFile = new HashMap<>();
    private final Map<String, Long> lastWrite = new HashMap<>();
    private long maxPauseMillis;

    WriteStallProbe(Path storage, List<String> cameraIds, long liveFromMillis) {
        this.storage = storage;
        this.cameraIds = cameraIds;
        this.liveFromMillis = liveFromMillis;
    }

    void poll() throws IOException {
        for (String cameraId : cameraIds) {
            Long previous = lastWrite.get(cameraId);
            long written = modified(currentFile.get(cameraId));
            if (previous != null && written > previous) {
                record(cameraId, previous, written);
            } else if (previous == null || System.currentTimeMillis() - previous >= LOOK_FOR_NEWER_MILLIS) {
                Path newest = newestLiveFile(cameraId);
                if (newest != null && !newest.equals(currentFile.get(cameraId))) {
                    currentFile.put(cameraId, newest);
                    // the first file seen may have been written for a while: its pauses so far are unknown
                    record(cameraId, previous, previous == null ? modified(newest) : FleetArchive.startOf(newest));
                }
            }
        }
    }

    private void record(String cameraId, Long previousWrite, long write) {
        if (previousWrite != null) {
            maxPauseMillis = Math.max(maxPauseMillis, write - previousWrite);
        }
        lastWrite.put(cameraId, write);
    }

    /** The longest pause seen since the last call, in milliseconds; then starts over. */
    double takeMaxPauseMillis() {
        double millis = maxPauseMillis;
        maxPauseMillis = 0;
        return millis;
    }

    private Path newestLiveFile(String cameraId) throws IOException {
        Path newest = null;
        for (Path day : directories(storage.resolve(cameraId))) {
            try (Stream<Path> files = Files.list(day)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    long start = FleetArchive.startOf(file);
                    if (start >= liveFromMillis && start != Long.MAX_VALUE
                            && (newest == null || start > FleetArchive.startOf(newest))) {
                        newest = file;
                    }
                }
            }
        }
        return newest;
    }

    /** Only the day directories the live recording can be in (its start day and later). */
    private List<Path> directories(Path camera) throws IOException {
        if (!Files.isDirectory(camera)) {
            return List.of();
        }
        String liveDay = java.time.Instant.ofEpochMilli(liveFromMillis).toString().substring(0, 10);
        try (Stream<Path> days = Files.list(camera)) {
            return days.filter(day -> {
                String name = day.getFileName().toString();
                return name.matches("\\d{4}-\\d{2}-\\d{2}") && name.compareTo(liveDay) >= 0;
            }).toList();
        }
    }

    /** The file's last write, epoch milliseconds; -1 for none. */
    private static long modified(Path file) throws IOException {
        if (file == null) {
            return -1;
        }
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (NoSuchFileException e) {
            return -1;
        }
    }
}
