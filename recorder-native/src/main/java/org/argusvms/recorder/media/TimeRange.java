package org.argusvms.recorder.media;

import io.undertow.server.HttpServerExchange;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Deque;

/** The {@code from} and {@code to} query parameters of a recordings or export request, validated. */
record TimeRange(Instant from, Instant to) {

    static final Duration MAX_LENGTH = Duration.ofHours(24);

    /** @throws IllegalArgumentException with a message for the client */
    static TimeRange of(HttpServerExchange exchange) {
        Instant from = instant(exchange, "from");
        Instant to = instant(exchange, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("\"to\" must be after \"from\"");
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("a range may span at most 24 hours");
        }
        return new TimeRange(from, to);
    }

    /** @throws IllegalArgumentException with a message for the client if the parameter is missing or malformed */
    static Instant instant(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        if (values == null || values.isEmpty() || values.peekFirst().isBlank()) {
            throw new IllegalArgumentException("query parameter \"" + name + "\" is required (ISO-8601 instant)");
        }
        try {
            return Instant.parse(values.peekFirst());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + name + "\" is not an ISO-8601 instant such as "
                    + "2026-01-31T12:00:00Z");
        }
    }
}
