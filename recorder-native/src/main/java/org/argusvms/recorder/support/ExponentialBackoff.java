package org.argusvms.recorder.support;

import java.time.Duration;

/**
 * Reconnect delays that double from {@code initial} up to {@code max}, so that a dead peer costs little while a
 * briefly interrupted one comes back quickly. Not thread-safe: each reconnecting loop owns one.
 */
public final class ExponentialBackoff {

    public static final Duration DEFAULT_INITIAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX = Duration.ofSeconds(30);

    private final Duration initial;
    private final Duration max;
    private Duration next;

    public ExponentialBackoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    public static ExponentialBackoff standard() {
        return new ExponentialBackoff(DEFAULT_INITIAL, DEFAULT_MAX);
    }

    /** The delay before the next attempt; each call doubles the following one, up to the maximum. */
    public Duration nextDelay() {
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }

    /** Called after a successful connection: the next failure waits only the initial delay again. */
    public void reset() {
        next = initial;
    }
}
