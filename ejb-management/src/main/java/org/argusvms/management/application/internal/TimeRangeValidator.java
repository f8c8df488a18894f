package org.argusvms.management.application.internal;

import org.argusvms.management.application.ValidationException;

import java.time.Duration;
import java.time.Instant;

/** Checks a client's {@code from}/{@code to} pair, naming the offending field in the error. */
final class TimeRangeValidator {

    private TimeRangeValidator() {
    }

    static void require(Instant from, Instant to, Duration maxLength, String maxLengthInWords) {
        if (from == null) {
            throw new ValidationException("from", "\"from\" is required (ISO-8601 instant)");
        }
        if (to == null) {
            throw new ValidationException("to", "\"to\" is required (ISO-8601 instant)");
        }
        if (!to.isAfter(from)) {
            throw new ValidationException("to", "\"to\" must be after \"from\"");
        }
        if (Duration.between(from, to).compareTo(maxLength) > 0) {
            throw new ValidationException("to", "the range may span at most " + maxLengthInWords);
        }
    }
}
