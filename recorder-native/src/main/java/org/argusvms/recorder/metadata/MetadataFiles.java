package org.argusvms.recorder.metadata;

import org.argusvms.recorder.storage.HourlyFiles;
import org.argusvms.recorder.storage.StorageLayout;

/**
 * Where ONVIF metadata lives: {@code <storage>/<cameraId>/metadata/<yyyy-MM-dd>/<HH>.onvif}, UTC like the media,
 * deleted with the recordings of the hour and kept where evidence is locked, like motion grids.
 */
public final class MetadataFiles {

    private MetadataFiles() {
    }

    public static HourlyFiles of(StorageLayout layout) {
        return new HourlyFiles(layout, "metadata", "onvif");
    }
}
