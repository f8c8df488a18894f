package org.argusvms.connector;

import java.time.Clock;
import java.time.Duration;

/** The resource adapter's configuration as the inbound side uses it, fixed for the lifetime of one listener. */
record InboundSettings(String host, int port, Duration heartbeatInterval, Duration idleTimeout,
                       String mediaTicketKeyBase64, Clock clock) {

    /** How often liveness is checked: fine enough that timeouts are met within a fifth of the shorter interval. */
    Duration livenessCheckInterval() {
        long millis = Math.min(heartbeatInterval.toMillis(), idleTimeout.toMillis()) / 5;
        return Duration.ofMillis(Math.max(50, Math.min(1000, millis)));
    }

    @Override
    public String toString() {
        return "InboundSettings[" + host + ":" + port + ", heartbeat " + heartbeatInterval + ", idle timeout "
                + idleTimeout + "]";
    }
}
