package org.argusvms.recorder.motion;

import org.argusvms.recorder.storage.HourlyMetadata;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where motion grids live: {@code <storage>/<cameraId>/motion/<yyyy-MM-dd>/<HH>.grid}, UTC like the media. Beside
 * the camera's day directories, which media recovery walks and ignores this one. Retention deletes an hour's file
 * together with the media of that hour ({@link org.argusvms.recorder.storage.MediaDatabase#deleteWithMedia}).
 */
public final class MotionGridFiles implements HourlyMetadata {

    static final long SECONDS_PER_HOUR = 3600;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH").withZone(ZoneOffset.UTC);
    private static final Pattern HOUR_FILE = Pattern.compile("(\\d{2})\\.grid");

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

    /** The hours with a grid file; names that are not a day or an hour are no grid files and left alone. */
    @Override
    public List<Long> hours(String cameraId) throws IOException {
        Path motion = layout.cameraDirectory(cameraId).resolve("motion");
        List<Long> hours = new ArrayList<>();
        for (Path day : children(motion)) {
            LocalDate date = parseDay(day.getFileName().toString());
            if (date == null) {
                continue;
            }
            for (Path file : children(day)) {
                Matcher hour = HOUR_FILE.matcher(file.getFileName().toString());
                if (hour.matches() && Integer.parseInt(hour.group(1)) < 24) {
                    hours.add(date.atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                            + Integer.parseInt(hour.group(1)) * SECONDS_PER_HOUR);
                }
            }
        }
        return hours;
    }

    /** Deletes the hour's grid file, and its day directory once that is empty. */
    @Override
    public void deleteHour(String cameraId, long hourStartEpochSecond) throws IOException {
        Path file = hourFile(cameraId, hourStartEpochSecond);
        Files.deleteIfExists(file);
        try {
            Files.deleteIfExists(file.getParent());
        } catch (DirectoryNotEmptyException otherHoursLeft) {
            // the day still has grids
        }
    }

    private static LocalDate parseDay(String name) {
        try {
            return LocalDate.parse(name);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Path> children(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.toList();
        }
    }

    static long hourOf(long epochSecond) {
        return Math.floorDiv(epochSecond, SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
    }
}
