package org.argusvms.events.application.internal;

import org.argusvms.events.application.LogFilter;
import org.argusvms.events.domain.model.log.LogQuery;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a client's log filter into a query, refusing what cannot mean anything with the parameter's name. */
final class LogFilters {

    static final int MAX_TEXT = 200;
    static final int MAX_DESCRIPTION = 400;

    private LogFilters() {
    }

    static LogQuery parse(LogFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw new ValidationException("to", "'to' must be after 'from'");
        }
        return new LogQuery(
                constant("kind", filter.kind(), LogKind.class),
                constant("level", filter.level(), LogLevel.class),
                filter.from(), filter.to(),
                text("source", filter.source()),
                text("user", filter.user()),
                text("text", filter.text()));
    }

    /** The criteria that are set, short enough for an audit entry's target. */
    static String describe(LogQuery query) {
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("kind", query.kind());
        criteria.put("level", query.minimumLevel());
        criteria.put("from", query.from());
        criteria.put("to", query.to());
        criteria.put("source", query.source());
        criteria.put("user", query.user());
        criteria.put("text", query.text());
        String described = criteria.entrySet().stream().filter(criterion -> criterion.getValue() != null)
                .map(criterion -> criterion.getKey() + "=" + criterion.getValue()).collect(Collectors.joining(", "));
        if (described.isEmpty()) {
            return "all entries";
        }
        return described.length() <= MAX_DESCRIPTION ? described : described.substring(0, MAX_DESCRIPTION - 1) + "…";
    }

    private static <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "'" + field + "' must be one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new ValidationException(field, "'" + field + "' must be at most " + MAX_TEXT + " characters");
        }
        return value.trim();
    }
}
