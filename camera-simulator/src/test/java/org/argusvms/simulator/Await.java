package org.argusvms.simulator;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes. */
final class Await {

    private Await() {
    }

    static void until(Duration timeout, BooleanSupplier condition, String description) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + description);
            }
            Thread.sleep(20);
        }
    }
}
