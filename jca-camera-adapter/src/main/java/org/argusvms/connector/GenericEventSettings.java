package org.argusvms.connector;

import java.time.Clock;
import java.time.Duration;

/**
 * The generic-event listener's configuration, fixed for the lifetime of one listener.
 *
 * @param tcpPort        TCP port, 0 = no TCP listener
 * @param udpPort        UDP port, 0 = no UDP listener
 * @param acknowledgedTcpPort TCP port whose messages are each answered once the beans took them, 0 = none
 * @param maxConnections TCP connections held open at once; beyond it the least recently active one is closed
 * @param lineTimeout    time a TCP connection has for each complete line (counted from the connection's start or its
 *                       previous line): closes idle connections and senders that trickle
 */
record GenericEventSettings(String host, int tcpPort, int udpPort, int acknowledgedTcpPort, int maxConnections,
                            Duration lineTimeout, Clock clock) {

    /** Largest accepted message, in bytes of UTF-8 without the line terminator. */
    static final int MAX_MESSAGE_BYTES = 4096;

    boolean enabled() {
        return tcpPort != 0 || udpPort != 0 || acknowledgedTcpPort != 0;
    }

    /** How often expired connections are looked for: a fifth of the timeout, between 50 ms and 1 s. */
    Duration expiryCheckInterval() {
        return Duration.ofMillis(Math.max(50, Math.min(1000, lineTimeout.toMillis() / 5)));
    }
}
