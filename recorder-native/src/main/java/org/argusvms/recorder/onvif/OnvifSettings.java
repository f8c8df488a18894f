package org.argusvms.recorder.onvif;

import java.time.Duration;

/**
 * Timeouts of ONVIF calls. A command over ONVIF takes a few calls, and the management side waits 10 s for the
 * answer, so each call gets a few seconds at most.
 */
public record OnvifSettings(Duration connectTimeout, Duration requestTimeout) {

    public OnvifSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("ONVIF timeouts must be positive");
        }
    }

    public static OnvifSettings defaults() {
        return new OnvifSettings(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }
}
