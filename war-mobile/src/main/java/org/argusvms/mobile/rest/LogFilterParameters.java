package org.argusvms.mobile.rest;

import jakarta.ws.rs.QueryParam;
import org.argusvms.events.application.LogFilter;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.ValidationException;

/**
 * The query parameters of log search and export: {@code kind, level, from, to, source, user, text}, and for search
 * {@code offset, limit}. Read as text so that a malformed number is a 400 naming the parameter, not JAX-RS's 404.
 */
public class LogFilterParameters {

    @QueryParam("kind")
    private String kind;

    @QueryParam("level")
    private String level;

    @QueryParam("from")
    private String from;

    @QueryParam("to")
    private String to;

    @QueryParam("source")
    private String source;

    @QueryParam("user")
    private String user;

    @QueryParam("text")
    private String text;

    @QueryParam("offset")
    private String offset;

    @QueryParam("limit")
    private String limit;

    public LogFilter filter() {
        return new LogFilter(kind, level, from == null ? null : TimeParameter.parse("from", from),
                to == null ? null : TimeParameter.parse("to", to), source, user, text);
    }

    public PageRequest page() {
        return PageRequest.of(number("offset", offset), number("limit", limit));
    }

    private static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + field + "' must be a whole number");
        }
    }
}
