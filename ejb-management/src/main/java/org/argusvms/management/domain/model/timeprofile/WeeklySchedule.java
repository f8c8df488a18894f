package org.argusvms.management.domain.model.timeprofile;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pure logic of a time profile: weekly intervals in a time zone, resolved to instants.
 *
 * <p>Local times are resolved the way {@link ZonedDateTime#of} does: a time that does not exist (the hour skipped
 * when clocks go forward) moves forward by the gap, a time that exists twice (clocks go back) takes the earlier
 * instant. So 02:30–03:30 in Europe/Berlin is empty on the spring-forward day and 01:00–05:00 lasts one hour less
 * (or more, in autumn). Overlapping or touching intervals act as one: only real changes are transitions.
 */
public final class WeeklySchedule implements Serializable {

    /** Every transition of a weekly schedule lies within this span after any instant (a week plus a night). */
    private static final Duration HORIZON = Duration.ofDays(8);

    private final ZoneId zone;
    private final List<WeeklyInterval> intervals;

    public WeeklySchedule(ZoneId zone, List<WeeklyInterval> intervals) {
        this.zone = zone;
        this.intervals = List.copyOf(intervals);
    }

    public ZoneId zone() {
        return zone;
    }

    public List<WeeklyInterval> intervals() {
        return intervals;
    }

    public boolean isActiveAt(Instant instant) {
        return periodsAround(instant).stream().anyMatch(period -> period.contains(instant));
    }

    /** The first change of state strictly after {@code instant}; empty for a profile that never changes. */
    public Optional<TimeProfileTransition> nextTransitionAfter(Instant instant) {
        Instant horizon = instant.plus(HORIZON);
        List<TimeProfileTransition> candidates = new ArrayList<>();
        for (Period period : periodsAround(instant)) {
            candidates.add(new TimeProfileTransition(period.start(), true));
            candidates.add(new TimeProfileTransition(period.end(), false));
        }
        return candidates.stream()
                .filter(transition -> transition.at().isAfter(instant) && transition.at().isBefore(horizon))
                .min(Comparator.comparing(TimeProfileTransition::at));
    }

    /** The transitions in {@code (from, to]}, in order. */
    public List<TimeProfileTransition> transitionsBetween(Instant from, Instant to) {
        List<TimeProfileTransition> found = new ArrayList<>();
        Optional<TimeProfileTransition> next = nextTransitionAfter(from);
        while (next.isPresent() && !next.get().at().isAfter(to)) {
            found.add(next.get());
            next = nextTransitionAfter(next.get().at());
        }
        return found;
    }

    /**
     * The merged periods of the days around {@code instant}: from the day before (a night that is still running)
     * to well past the horizon, so that the last merged period never ends inside it by accident.
     */
    private List<Period> periodsAround(Instant instant) {
        LocalDate today = instant.atZone(zone).toLocalDate();
        List<Period> periods = new ArrayList<>();
        for (LocalDate date = today.minusDays(1); !date.isAfter(today.plusDays(10)); date = date.plusDays(1)) {
            for (WeeklyInterval interval : intervals) {
                if (interval.day() == date.getDayOfWeek()) {
                    Instant start = resolve(date, interval.start());
                    Instant end = resolve(interval.endsNextDay() ? date.plusDays(1) : date, interval.end());
                    if (start.isBefore(end)) {
                        periods.add(new Period(start, end));
                    }
                }
            }
        }
        return merge(periods);
    }

    private Instant resolve(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private static List<Period> merge(List<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::start));
        List<Period> merged = new ArrayList<>();
        for (Period period : sorted) {
            Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !period.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Period(last.start(), max(last.end(), period.end())));
            } else {
                merged.add(period);
            }
        }
        return merged;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private record Period(Instant start, Instant end) {
        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }
}
