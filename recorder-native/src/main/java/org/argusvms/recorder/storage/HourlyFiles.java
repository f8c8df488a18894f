package org.argusvms.recorder.storage;

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
 * A camera's {@link HourlyMetadata} as one file per hour: {@code <storage>/<cameraId>/<kind>/<yyyy-MM-dd>/<HH>.<ext>},
 * UTC like the media, beside the camera's day directories (which media recovery walks by name, ignoring these).
 * Motion grids ({@code motion/…/HH.grid}) and ONVIF metadata ({@code metadata/…/HH.onvif}) share the layout, and so
 * retention, which deletes an hour's file with the media of that hour ({@link MediaDatabase#deleteWithMedia}).
 */
public final class HourlyFiles implements HourlyMetadata {

    public static final long SECONDS_PER_HOUR = 3600;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH").withZone(ZoneOffset.UTC);

    private final StorageLayout layout;
    private final String kind;
    private final String extension;
    private final Pattern hourFile;

    /**
     * @param kind      the directory under the camera's, e.g. {@code motion}
     * @param extension the hour files' extension without the dot, e.g. {@code grid}
     */
    public HourlyFiles(StorageLayout layout, String kind, String extension) {
        this.layout = layout;
        this.kind = kind;
        this.extension = extension;
        this.hourFile = Pattern.compile("(\\d{2})\\." + Pattern.quote(extension));
    }

    /** @throws IllegalArgumentException if the camera id cannot name a directory */
    public Path hourFile(String cameraId, long hourStartEpochSecond) {
        Instant hour = Instant.ofEpochSecond(hourStartEpochSecond);
        return layout.cameraDirectory(cameraId).resolve(kind).resolve(DAY.format(hour))
                .resolve(HOUR.format(hour) + "." + extension);
    }

    /** The hours with a file; names that are not a day or an hour are left alone. */
    @Override
    public List<Long> hours(String cameraId) throws IOException {
        Path root = layout.cameraDirectory(cameraId).resolve(kind);
        List<Long> hours = new ArrayList<>();
        for (Path day : children(root)) {
            LocalDate date = parseDay(day.getFileName().toString());
            if (date == null) {
                continue;
            }
            for (Path file : children(day)) {
                Matcher hour = hourFile.matcher(file.getFileName().toString());
                if (hour.matches() && Integer.parseInt(hour.group(1)) < 24) {
                    hours.add(date.atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                            + Integer.parseInt(hour.group(1)) * SECONDS_PER_HOUR);
                }
            }
        }
        return hours;
    }

    /** Deletes the hour's file, and its day directory once that is empty. */
    @Override
    public void deleteHour(String cameraId, long hourStartEpochSecond) throws IOException {
        Path file = hourFile(cameraId, hourStartEpochSecond);
        Files.deleteIfExists(file);
        try {
            Files.deleteIfExists(file.getParent());
        } catch (DirectoryNotEmptyException otherHoursLeft) {
            // the day still has files
        }
    }

    /** The first epoch second of the hour {@code epochSecond} lies in. */
    public static long hourOf(long epochSecond) {
        return Math.floorDiv(epochSecond, SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
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
}
