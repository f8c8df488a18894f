package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * The recorder URL that downloads one camera's range as an MP4 (cut at keyframes, so it may start up to one GOP
 * earlier), carrying a signed export ticket that must be used before {@code expiresAt}; the download itself may take
 * longer. {@code recordingsUrl} lists what was recorded in the range (append {@code &from=ISO&to=ISO}).
 */
public record ExportAccess(String cameraId, Instant from, Instant to, String exportUrl, String recordingsUrl,
                           Instant expiresAt) implements Serializable {
}
