package org.argusvms.benchmark;

import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.motion.GridCells;
import org.argusvms.recorder.motion.MotionGridFiles;
import org.argusvms.recorder.motion.MotionGridWriter;
import org.argusvms.recorder.storage.MediaDatabase;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The old archive of a recorder with many cameras, in the recorder's own format: the first camera's segments are
 * written through the recorder's storage path ({@link ArchiveBuilder#argus}), the other cameras get byte copies of
 * them (real files of the same size; the recorder's startup recovery indexes them, as after a restore from backup),
 * and every camera gets an hourly motion grid file per hour of archive (motion in every {@link #MOTION_EVERY_SECONDS}th
 * second) written by the recorder's {@link MotionGridWriter}.
 */
final class FleetArchive {

    static final int MOTION_EVERY_SECONDS = 10;
    private static final EventPublisher NO_EVENTS = (type, cameraId, attributes) -> { };

    /** What was written: segment files and grid files in total, their bytes, and how long each step took. */
    record Written(int segments, int gridFiles, long bytes, double firstCameraSeconds, double copySeconds,
                   double gridSeconds, double indexSeconds) {
    }

    private FleetArchive() {
    }

    static Written write(Path storage, List<String> cameraIds, ClipFrames clip, Instant from, Duration length)
            throws IOException {
        long start = System.nanoTime();
        ArchiveBuilder.Archive first = ArchiveBuilder.argus(storage, cameraIds.get(0), clip, from, length);
        long copied = System.nanoTime();
        for (String cameraId : cameraIds.subList(1, cameraIds.size())) {
            copyMedia(storage.resolve(cameraIds.get(0)), storage.resolve(cameraId));
        }
        long gridsStart = System.nanoTime();
        MotionGridFiles grids = new MotionGridFiles(new StorageLayout(storage));
        for (String cameraId : cameraIds) {
            writeGrids(grids, cameraId, from, length);
        }
        long indexStart = System.nanoTime();
        index(storage);
        long end = System.nanoTime();
        int gridFiles = 0;
        for (String cameraId : cameraIds) {
            gridFiles += grids.hours(cameraId).size();
        }
        return new Written(first.segments() * cameraIds.size(), gridFiles, ArchiveBuilder.treeSize(storage),
                (copied - start) / 1e9, (gridsStart - copied) / 1e9, (indexStart - gridsStart) / 1e9,
                (end - indexStart) / 1e9);
    }

    private static void copyMedia(Path source, Path target) throws IOException {
        for (Path file : ArchiveBuilder.mp4Files(source)) {
            Path copy = target.resolve(source.relativize(file));
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
    }

    private static void writeGrids(MotionGridFiles grids, String cameraId, Instant from, Duration length)
            throws IOException {
        GridCells cells = GridCells.builder().add(4, 3).add(5, 3).add(4, 4).build();
        try (MotionGridWriter writer = new MotionGridWriter(grids, cameraId)) {
            for (long second = 0; second < length.toSeconds(); second += MOTION_EVERY_SECONDS) {
                writer.record(from.plusSeconds(second).toEpochMilli(), cells);
            }
        }
    }

    /** Opens the storage once, so that recovery indexes the copies now rather than when the recorder starts. */
    private static void index(Path storage) throws IOException {
        Logger recovery = Logger.getLogger(MediaDatabase.class.getName());
        Level level = recovery.getLevel();
        recovery.setLevel(Level.SEVERE); // one "not in the index" line per copied file is expected here
        try (MediaDatabase ignored = MediaDatabase.open(new StorageLayout(storage), NO_EVENTS, Clock.systemUTC(), 0)) {
            // recovery has rewritten the index
        } finally {
            recovery.setLevel(level);
        }
    }

    /** Segment files of the archive (named by their start, before {@code end}) left in the cameras' directories. */
    static int segmentsBefore(Path storage, List<String> cameraIds, Instant end) throws IOException {
        int count = 0;
        for (String cameraId : cameraIds) {
            try (Stream<Path> days = list(storage.resolve(cameraId))) {
                for (Path day : days.filter(FleetArchive::isDay).toList()) {
                    try (Stream<Path> files = list(day)) {
                        count += (int) files.filter(file -> startOf(file) < end.toEpochMilli()).count();
                    }
                }
            }
        }
        return count;
    }

    static int gridFiles(Path storage, List<String> cameraIds) throws IOException {
        MotionGridFiles grids = new MotionGridFiles(new StorageLayout(storage));
        int count = 0;
        for (String cameraId : cameraIds) {
            count += grids.hours(cameraId).size();
        }
        return count;
    }

    static long startOf(Path segment) {
        String name = segment.getFileName().toString();
        return name.endsWith(".mp4") ? Long.parseLong(name.substring(0, name.length() - 4)) : Long.MAX_VALUE;
    }

    private static boolean isDay(Path directory) {
        return directory.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static Stream<Path> list(Path directory) throws IOException {
        return Files.isDirectory(directory) ? Files.list(directory) : Stream.empty();
    }
}
