package org.argusvms.connector;

import java.time.Clock;
import java.time.Duration;

/**
 * The analytics-event listener's configuration, fixed for the lifetime of one listener.
 *
 * @param port           TCP port, 0 = no listener
 * @param maxConnections documents being received at once; a sender beyond it is told "busy"
 * @param readTimeout    time a sender has for its whole document: closes silent and trickling connections
 */
record AnalyticsEventSettings(String host, int port, int maxConnections, Duration readTimeout, Clock clock) {

    boolean enabled() {
        return port != 0;
    }
}
