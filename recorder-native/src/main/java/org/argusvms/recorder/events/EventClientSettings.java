package org.argusvms.recorder.events;

import java.time.Duration;

/**
 * Where the management server's event listener is and the protocol's timing (recorder-protocol.md, "Timeouts").
 *
 * @param idleTimeout a connection on which nothing arrived for this long is dead
 */
public record EventClientSettings(String host, int port, Duration connectTimeout, Duration welcomeTimeout,
                                  Duration heartbeatInterval, Duration idleTimeout, Duration backoffInitial,
                                  Duration backoffMax) {

    public static EventClientSettings defaults(String host, int port) {
        return new EventClientSettings(host, port, Duration.ofSeconds(3), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(1), Duration.ofSeconds(30));
    }
}
