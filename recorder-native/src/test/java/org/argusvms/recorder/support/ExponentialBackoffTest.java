package org.argusvms.recorder.support;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExponentialBackoffTest {

    @Test
    void doublesFromOneSecondUpToThirtyAndRestartsAfterReset() {
        ExponentialBackoff backoff = ExponentialBackoff.standard();
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seconds.add(backoff.nextDelay().toSeconds());
        }
        backoff.reset();

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L), seconds);
        assertEquals(Duration.ofSeconds(1), backoff.nextDelay());
    }
}
