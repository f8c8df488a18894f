package org.argusvms.recorder.ingest;

import java.time.Duration;

/**
 * Supervision timing of camera connections.
 *
 * @param stallTimeout  a connection that delivers no access unit for this long is torn down and reconnected
 * @param backoffInitial first reconnect delay, doubled after every failed attempt
 * @param backoffMax    upper bound of the reconnect delay
 */
public record IngestSettings(Duration stallTimeout, Duration backoffInitial, Duration backoffMax) {

    public static IngestSettings defaults() {
        return new IngestSettings(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(30));
    }
}
