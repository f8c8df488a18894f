package org.argusvms.management.domain.model.timeprofile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One weekly period of a time profile: from {@code start} on {@code day} until {@code end} (exclusive), in the
 * profile's time zone, to the second. An end at or before the start means the next day: 22:00–06:00 covers the
 * night, 08:00–00:00 runs to midnight and 00:00–00:00 is the whole day.
 */
@Embeddable
public class WeeklyInterval implements Serializable {

    public static final int SECONDS_PER_DAY = 24 * 60 * 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek day;

    @Column(name = "start_second", nullable = false)
    private int startSecond;

    @Column(name = "end_second", nullable = false)
    private int endSecond;

    protected WeeklyInterval() {
    }

    public WeeklyInterval(DayOfWeek day, LocalTime start, LocalTime end) {
        this.day = Objects.requireNonNull(day, "day");
        this.startSecond = start.toSecondOfDay();
        this.endSecond = end.toSecondOfDay();
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime start() {
        return LocalTime.ofSecondOfDay(startSecond);
    }

    public LocalTime end() {
        return LocalTime.ofSecondOfDay(endSecond);
    }

    /** True if the period ends on the following day. */
    public boolean endsNextDay() {
        return endSecond <= startSecond;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyInterval that && day == that.day && startSecond == that.startSecond
                && endSecond == that.endSecond;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, startSecond, endSecond);
    }

    @Override
    public String toString() {
        return day + " " + start() + "-" + end();
    }
}
