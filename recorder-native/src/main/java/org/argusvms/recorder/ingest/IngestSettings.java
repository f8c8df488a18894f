package org.argusvms.recorder.ingest;

import java.time.Duration;

/**
 * Supervision timing of camera connections.
 *
 * @param stallTimeout   a streaming connection that delivers no usable frame for this long is torn down and
 *                       reconnected; must exceed the cameras' key frame interval
 * @param backoffInitial first reconnect delay, doubled after every failed attempt
 * @param backoffMax     upper bound of the reconnect delay
 * @param connectTimeout a new connection must deliver its first usable frame (a key frame) within this time; longer
 *                       than the stall timeout because RTSP setup takes several round trips to slow cameras
 * @param path           the java ingest or GStreamer's
 */
public record IngestSettings(Duration stallTimeout, Duration backoffInitial, Duration backoffMax,
                             Duration connectTimeout, IngestPath path) {

    public IngestSettings {
        if (stallTimeout.isNegative() || stallTimeout.isZero() || connectTimeout.isNegative()
                || connectTimeout.isZero()) {
            throw new IllegalArgumentException("stall and connect timeouts must be positive");
        }
        if (path == null) {
            throw new IllegalArgumentException("an ingest path must be chosen");
        }
    }

    /** The java ingest. */
    public IngestSettings(Duration stallTimeout, Duration backoffInitial, Duration backoffMax,
                          Duration connectTimeout) {
        this(stallTimeout, backoffInitial, backoffMax, connectTimeout, IngestPath.JAVA);
    }

    /** Connecting gets as long as a stall. */
    public IngestSettings(Duration stallTimeout, Duration backoffInitial, Duration backoffMax) {
        this(stallTimeout, backoffInitial, backoffMax, stallTimeout);
    }

    public static IngestSettings defaults() {
        return new IngestSettings(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(15));
    }

    public IngestSettings withPath(IngestPath ingestPath) {
        return new IngestSettings(stallTimeout, backoffInitial, backoffMax, connectTimeout, ingestPath);
    }
}
