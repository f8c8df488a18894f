package org.argusvms.mobile.rest;

import org.argusvms.management.application.ValidationException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters holding instants, with one error message for all endpoints. */
final class TimeParameter {

    private TimeParameter() {
    }

    static Instant parse(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + field + "' must be an ISO-8601 instant such as 2026-11-25T10:00:00Z");
        }
    }
}
