package org.argusvms.management.application.internal;

import org.argusvms.management.application.TimeProfileInput;
import org.argusvms.management.application.TimeProfileInterval;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.timeprofile.WeeklyInterval;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Checks an administrator's time profile; every refusal names the field. */
final class TimeProfileInputValidator {

    static final int MAX_INTERVALS = 100;

    /** A validated profile, ready for the entity. */
    record ValidTimeProfile(String name, String description, ZoneId zone, List<WeeklyInterval> intervals) {
    }

    private TimeProfileInputValidator() {
    }

    /**
     * @param zoneWhenLeftOut the zone a profile gets when {@code timeZone} is missing or blank: the site's when it is
     *                        created, its own stored zone when it is changed (asked only then)
     */
    static ValidTimeProfile validate(TimeProfileInput input, Supplier<String> zoneWhenLeftOut) {
        if (input == null) {
            throw new ValidationException("body", "a time profile object is required");
        }
        return new ValidTimeProfile(NamedObjectInput.name(input.name()),
                NamedObjectInput.description(input.description()), zone(input.timeZone(), zoneWhenLeftOut),
                intervals(input.intervals()));
    }

    private static ZoneId zone(String timeZone, Supplier<String> zoneWhenLeftOut) {
        if (timeZone == null || timeZone.isBlank()) {
            String fallback = zoneWhenLeftOut.get();
            return zone(fallback).orElseThrow(() -> new ValidationException("timeZone", "timeZone is required here:"
                    + " the default, " + fallback + ", is a fixed offset, which ignores daylight saving time; name an"
                    + " IANA time zone such as Europe/Berlin or UTC"));
        }
        return zone(timeZone.trim()).orElseThrow(() -> new ValidationException("timeZone",
                "timeZone must be an IANA time zone such as Europe/Berlin or UTC"));
    }

    /** The zone, unless it is unknown or a fixed offset other than UTC (which ignores daylight saving time). */
    private static Optional<ZoneId> zone(String id) {
        try {
            ZoneId zone = ZoneId.of(id);
            return zone instanceof ZoneOffset && !"Z".equals(zone.getId()) ? Optional.empty() : Optional.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static List<WeeklyInterval> intervals(List<TimeProfileInterval> given) {
        if (given == null || given.isEmpty()) {
            throw new ValidationException("intervals", "intervals must list at least one weekly interval");
        }
        if (given.size() > MAX_INTERVALS) {
            throw new ValidationException("intervals", "at most " + MAX_INTERVALS + " intervals");
        }
        List<WeeklyInterval> intervals = new ArrayList<>();
        for (TimeProfileInterval interval : given) {
            if (interval == null) {
                throw new ValidationException("intervals", "intervals must not contain null");
            }
            intervals.add(new WeeklyInterval(NamedObjectInput.constant(DayOfWeek.class, interval.day(), "intervals.day"),
                    time(interval.start(), "intervals.start"), time(interval.end(), "intervals.end")));
        }
        return intervals;
    }

    private static LocalTime time(String text, String field) {
        try {
            LocalTime time = LocalTime.parse(text == null ? "" : text.trim());
            if (time.getNano() != 0) {
                throw new DateTimeException("fractions of a second");
            }
            return time;
        } catch (DateTimeException e) {
            throw new ValidationException(field, field + " must be a time of day as HH:mm or HH:mm:ss");
        }
    }
}
