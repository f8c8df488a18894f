package org.argusvms.systemtest.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes; tests wait on outcomes, never on fixed sleeps. */
public final class Await {

    private Await() {
    }

    /** Returns the first non-null value the supplier yields; fails with {@code what} after {@code timeout}. */
    public static <T> T until(String what, Duration timeout, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        Throwable lastFailure = null;
        while (true) {
            try {
                T value = probe.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException | AssertionError e) {
                lastFailure = e;
            }
            if (Instant.now().isAfter(deadline)) {
                AssertionError error = new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
                if (lastFailure != null) {
                    error.initCause(lastFailure);
                }
                throw error;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
