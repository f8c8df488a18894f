package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Recorder URLs, each carrying a signed playback ticket, through which a client may list a camera's recordings and
 * fetch short MP4 clips of them until {@code expiresAt}. The client appends {@code &from=ISO&to=ISO} (and
 * {@code &at=ISO} to the snapshot URL, which answers a JPEG of the recorded frame at that instant). The motion URL
 * answers smart search: the intervals with motion, optionally in {@code &region=x,y;x,y} (docs/design/motion-detection.md).
 */
public record PlaybackAccess(String cameraId, String recordingsUrl, String clipUrl, String snapshotUrl,
                             Instant expiresAt, String motionUrl, List<PlaybackSpan> spans)
        implements Serializable {

    public PlaybackAccess {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** Access to the camera's current recorder only (URLs above); {@link #withSpans} adds the per-period ones. */
    public PlaybackAccess(String cameraId, String recordingsUrl, String clipUrl, String snapshotUrl, Instant expiresAt,
                          String motionUrl) {
        this(cameraId, recordingsUrl, clipUrl, snapshotUrl, expiresAt, motionUrl, List.of());
    }

    /**
     * The same access with the recorder of each period of the camera's history (after a move the older recordings
     * stay on the recorder that made them): a client playing instant t uses the span whose [from, until) holds t.
     * The top-level URLs stay those of the current recorder.
     */
    public PlaybackAccess withSpans(List<PlaybackSpan> periods) {
        return new PlaybackAccess(cameraId, recordingsUrl, clipUrl, snapshotUrl, expiresAt, motionUrl, periods);
    }
}
