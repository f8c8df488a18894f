package org.argusvms.recorder.motion;

import org.argusvms.recorder.storage.HourlyFiles;
import org.argusvms.recorder.storage.HourlyMetadata;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where motion grids live: {@code <storage>/<cameraId>/motion/<yyyy-MM-dd>/<HH>.grid}, UTC like the media
 * ({@link HourlyFiles}). Retention deletes an hour's file together with the media of that hour
 * ({@link org.argusvms.recorder.storage.MediaDatabase#deleteWithMedia}).
 */
public final class MotionGridFiles implements HourlyMetadata {

    static final long SECONDS_PER_HOUR = HourlyFiles.SECONDS_PER_HOUR;

    private final HourlyFiles files;

    public MotionGridFiles(StorageLayout layout) {
        this.files = new HourlyFiles(layout, "motion", "grid");
    }

    /** @throws IllegalArgumentException if the camera id cannot name a directory */
    Path hourFile(String cameraId, long hourStartEpochSecond) {
        return files.hourFile(cameraId, hourStartEpochSecond);
    }

    @Override
    public List<Long> hours(String cameraId) throws IOException {
        return files.hours(cameraId);
    }

    @Override
    public void deleteHour(String cameraId, long hourStartEpochSecond) throws IOException {
        files.deleteHour(cameraId, hourStartEpochSecond);
    }

    static long hourOf(long epochSecond) {
        return HourlyFiles.hourOf(epochSecond);
    }
}
