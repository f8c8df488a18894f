package org.argusvms.recorder.storage;

import java.io.IOException;
import java.util.List;

/**
 * Data a camera keeps beside its media in one file per hour (motion grids). Retention removes an hour of it together
 * with the media it describes ({@link MetadataRetention}), so metadata never outlives its recordings.
 */
public interface HourlyMetadata {

    /** The first epoch second of every hour the camera has data for, in any order. */
    List<Long> hours(String cameraId) throws IOException;

    /** Deletes the camera's data of the hour starting at {@code hourStartEpochSecond}; a missing hour is no error. */
    void deleteHour(String cameraId, long hourStartEpochSecond) throws IOException;
}
