package org.argusvms.management.application.internal;

import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeRangeValidatorTest {

    private final Instant noon = Instant.parse("2026-11-25T12:00:00Z");
    private final Duration day = Duration.ofHours(24);

    @Test
    void aRangeUpToTheLimitIsAccepted() {
        assertDoesNotThrow(() -> TimeRangeValidator.require(noon, noon.plus(day), day, "24 hours"));
    }

    @Test
    void missingBackwardsEmptyAndTooLongRangesNameTheOffendingField() {
        assertEquals("from", refusal(null, noon).field());
        assertEquals("to", refusal(noon, null).field());
        assertEquals("\"to\" must be after \"from\"", refusal(noon, noon).getMessage());
        assertEquals("\"to\" must be after \"from\"", refusal(noon, noon.minusSeconds(1)).getMessage());
        assertEquals("the range may span at most 24 hours", refusal(noon, noon.plus(day).plusSeconds(1)).getMessage());
    }

    private ValidationException refusal(Instant from, Instant to) {
        return assertThrows(ValidationException.class, () -> TimeRangeValidator.require(from, to, day, "24 hours"));
    }
}
