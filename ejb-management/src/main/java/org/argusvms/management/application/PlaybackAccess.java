package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * Recorder URLs, each carrying a signed playback ticket, through which a client may list a camera's recordings and
 * fetch short MP4 clips of them until {@code expiresAt}. The client appends {@code &from=ISO&to=ISO} (and
 * {@code &at=ISO} to the snapshot URL, which answers a JPEG of the recorded frame at that instant).
 */
public record PlaybackAccess(String cameraId, String recordingsUrl, String clipUrl, String snapshotUrl,
                             Instant expiresAt)
        implements Serializable {
}
