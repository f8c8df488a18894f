package org.argusvms.recorder.motion;

import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where motion grids live: {@code <storage>/<cameraId>/motion/<yyyy-MM-dd>/<HH>.grid}, UTC like the media. Beside
 * the camera's day directories, which media recovery and retention walk; they ignore this one.
 */
public final class MotionGridFiles {

    static final long SECONDS_PER_HOUR = 3600;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH").withZone(ZoneOffset.UTC);

    private final StorageLayout layout;

    public MotionGridFiles(StorageLayout layout) {
        this.layout = layout;
    }

    /** @throws IllegalArgumentException if the camera id cannot name a directory */
    Path hourFile(String cameraId, long hourStartEpochSecond) {
        Instant hour = Instant.ofEpochSecond(hourStartEpochSecond);
        return layout.cameraDirectory(cameraId).resolve("motion").resolve(DAY.format(hour))
                .resolve(HOUR.format(hour) + ".grid");
    }

    /**
     * Deletes the camera's motion grids of the days that ended before {@code cutoff} (retention by age: metadata of
     * deleted recordings is no use, and a day's grids go as a whole).
     *
     * @return how many day directories were deleted
     */
    public int deleteDaysBefore(String cameraId, Instant cutoff) throws IOException {
        Path motion = layout.cameraDirectory(cameraId).resolve("motion");
        if (!Files.isDirectory(motion)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> days = Files.newDirectoryStream(motion)) {
            for (Path day : days) {
                if (dayEnd(day.getFileName().toString()).compareTo(cutoff) <= 0) {
                    deleteDirectory(day);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** The end of the day a directory is named after; {@link Instant#MAX} for a name that is not a day (kept). */
    private static Instant dayEnd(String name) {
        try {
            return LocalDate.parse(name).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.MAX;
        }
    }

    private static void deleteDirectory(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static long hourOf(long epochSecond) {
        return Math.floorDiv(epochSecond, SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
    }
}
