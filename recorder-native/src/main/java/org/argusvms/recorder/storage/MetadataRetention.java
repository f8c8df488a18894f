package org.argusvms.recorder.storage;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes a camera's {@link HourlyMetadata} that retention has passed: an hour goes once it starts before the camera's
 * retention horizon (the end of the newest segment deleted, or the last whole hour the age limit expired), no segment
 * of the camera overlaps it any more and no evidence lock covers any of it. Runs on the media database's sweeper
 * thread.
 */
final class MetadataRetention {

    private static final Logger LOG = Logger.getLogger(MetadataRetention.class.getName());
    private static final long HOUR_MILLIS = 3_600_000;

    private final MediaIndex index;
    private final EvidenceLocks locks;
    private final List<HourlyMetadata> metadata = new CopyOnWriteArrayList<>();
    /**
     * Per camera, the hour up to which metadata was last looked at: a sweep that deleted none of the camera's media
     * skips the directory listing until the horizon reaches the next hour.
     */
    private final Map<String, Long> checkedUpToHour = new HashMap<>();

    MetadataRetention(MediaIndex index, EvidenceLocks locks) {
        this.index = index;
        this.locks = locks;
    }

    void add(HourlyMetadata data) {
        metadata.add(data);
    }

    /** The start of the hour {@code epochMillis} lies in: an age limit expires metadata in whole hours. */
    static long hourStart(long epochMillis) {
        return Math.floorDiv(epochMillis, HOUR_MILLIS) * HOUR_MILLIS;
    }

    /**
     * Deletes the camera's metadata hours that start before {@code horizonMillis}, neither recorded nor locked.
     *
     * @param mediaDeleted whether the sweep deleted media of the camera (an hour looked at before may be empty now)
     */
    void passed(String cameraId, long horizonMillis, boolean mediaDeleted) {
        long hoursBefore = hourStart(horizonMillis - 1) + HOUR_MILLIS; // hours starting before the horizon
        if (metadata.isEmpty()
                || !mediaDeleted && checkedUpToHour.getOrDefault(cameraId, Long.MIN_VALUE) >= hoursBefore) {
            return;
        }
        checkedUpToHour.merge(cameraId, hoursBefore, Math::max);
        for (HourlyMetadata data : metadata) {
            try {
                for (long hourStartSecond : data.hours(cameraId)) {
                    long from = hourStartSecond * 1000;
                    long to = from + HOUR_MILLIS;
                    if (from < horizonMillis && index.segments(cameraId, from, to).isEmpty()
                            && !locks.protectsAny(cameraId, from, to)) {
                        data.deleteHour(cameraId, hourStartSecond);
                    }
                }
            } catch (IOException | RuntimeException e) {
                checkedUpToHour.remove(cameraId); // try again at the next sweep
                LOG.log(Level.WARNING, "camera " + cameraId + ": cannot delete metadata of deleted recordings", e);
            }
        }
    }
}
