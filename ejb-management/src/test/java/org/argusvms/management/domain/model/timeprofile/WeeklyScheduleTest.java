package org.argusvms.management.domain.model.timeprofile;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeeklyScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void activeOnlyOnItsWeekdayFromStartInclusiveToEndExclusive() {
        // 2026-11-23 is a Monday
        WeeklySchedule officeHours = schedule(BERLIN, interval(DayOfWeek.MONDAY, "08:00", "17:00:30"));

        assertFalse(officeHours.isActiveAt(berlin("2026-11-23T07:59:59")));
        assertTrue(officeHours.isActiveAt(berlin("2026-11-23T08:00:00")));
        assertTrue(officeHours.isActiveAt(berlin("2026-11-23T17:00:29")));
        assertFalse(officeHours.isActiveAt(berlin("2026-11-23T17:00:30")));
        assertFalse(officeHours.isActiveAt(berlin("2026-11-24T10:00:00")), "Tuesday");
    }

    @Test
    void anIntervalEndingAtOrBeforeItsStartRunsIntoTheNextDay() {
        WeeklySchedule fridayNight = schedule(BERLIN, interval(DayOfWeek.FRIDAY, "22:00", "06:00"));

        assertTrue(fridayNight.isActiveAt(berlin("2026-11-27T23:30:00")));
        assertTrue(fridayNight.isActiveAt(berlin("2026-11-28T05:59:59")), "Saturday morning still belongs to Friday's night");
        assertFalse(fridayNight.isActiveAt(berlin("2026-11-28T06:00:00")));
        assertFalse(fridayNight.isActiveAt(berlin("2026-11-28T23:00:00")), "not Saturday night");

        WeeklySchedule wholeSunday = schedule(BERLIN, interval(DayOfWeek.SUNDAY, "00:00", "00:00"));
        assertTrue(wholeSunday.isActiveAt(berlin("2026-11-29T00:00:00")));
        assertTrue(wholeSunday.isActiveAt(berlin("2026-11-29T23:59:59")));
        assertFalse(wholeSunday.isActiveAt(berlin("2026-11-30T00:00:00")));
    }

    @Test
    void nextTransitionIsTheNextStartOrEndAcrossTheWeek() {
        WeeklySchedule officeHours = schedule(BERLIN, interval(DayOfWeek.MONDAY, "08:00", "17:00"));

        assertEquals(Optional.of(new TimeProfileTransition(berlin("2026-11-23T17:00:00"), false)),
                officeHours.nextTransitionAfter(berlin("2026-11-23T09:00:00")));
        assertEquals(Optional.of(new TimeProfileTransition(berlin("2026-11-30T08:00:00"), true)),
                officeHours.nextTransitionAfter(berlin("2026-11-23T17:00:00")), "strictly after: next Monday");
    }

    @Test
    void touchingAndOverlappingIntervalsMakeNoTransitionBetweenThem() {
        WeeklySchedule nights = schedule(BERLIN, interval(DayOfWeek.MONDAY, "20:00", "00:00"),
                interval(DayOfWeek.TUESDAY, "00:00", "06:00"), interval(DayOfWeek.MONDAY, "21:00", "22:00"));

        List<TimeProfileTransition> transitions = nights.transitionsBetween(berlin("2026-11-23T12:00:00"),
                berlin("2026-11-24T12:00:00"));

        assertEquals(List.of(new TimeProfileTransition(berlin("2026-11-23T20:00:00"), true),
                new TimeProfileTransition(berlin("2026-11-24T06:00:00"), false)), transitions);
    }

    @Test
    void aProfileThatIsAlwaysActiveOrNeverActiveHasNoTransition() {
        WeeklyInterval[] everyDay = new WeeklyInterval[7];
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay[day.ordinal()] = interval(day, "00:00", "00:00");
        }
        Instant now = Instant.parse("2026-11-25T20:00:00Z");

        assertTrue(schedule(BERLIN, everyDay).isActiveAt(now));
        assertEquals(Optional.empty(), schedule(BERLIN, everyDay).nextTransitionAfter(now));
        assertEquals(Optional.empty(), schedule(BERLIN).nextTransitionAfter(now));
        assertFalse(schedule(BERLIN).isActiveAt(now));
    }

    @Test
    void springForwardShortensTheNightAndSkipsAnIntervalInsideTheGap() {
        // 2026-03-29 (Sunday): Berlin clocks jump from 02:00 CET to 03:00 CEST
        WeeklySchedule night = schedule(BERLIN, interval(DayOfWeek.SATURDAY, "23:00", "05:00"));
        Instant start = berlin("2026-03-28T23:00:00");
        Instant end = night.nextTransitionAfter(start).orElseThrow().at();
        assertEquals(Instant.parse("2026-03-29T03:00:00Z"), end, "05:00 CEST");
        assertEquals(5, Duration.between(start, end).toHours(), "one hour less than usual");

        WeeklySchedule inTheGap = schedule(BERLIN, interval(DayOfWeek.SUNDAY, "02:30", "03:30"));
        assertEquals(List.of(), inTheGap.transitionsBetween(berlin("2026-03-29T00:00:00"), berlin("2026-03-29T12:00:00")));
        assertFalse(inTheGap.isActiveAt(Instant.parse("2026-03-29T01:20:00Z")));
    }

    @Test
    void fallBackLengthensTheNightAndStartsAnAmbiguousTimeAtItsFirstOccurrence() {
        // 2026-10-25 (Sunday): Berlin clocks go back from 03:00 CEST to 02:00 CET
        WeeklySchedule night = schedule(BERLIN, interval(DayOfWeek.SATURDAY, "23:00", "05:00"));
        List<TimeProfileTransition> transitions = night.transitionsBetween(Instant.parse("2026-10-24T12:00:00Z"),
                Instant.parse("2026-10-25T12:00:00Z"));
        assertEquals(List.of(new TimeProfileTransition(Instant.parse("2026-10-24T21:00:00Z"), true),
                new TimeProfileTransition(Instant.parse("2026-10-25T04:00:00Z"), false)), transitions, "seven hours");

        WeeklySchedule ambiguous = schedule(BERLIN, interval(DayOfWeek.SUNDAY, "02:30", "04:00"));
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"),
                ambiguous.nextTransitionAfter(Instant.parse("2026-10-24T12:00:00Z")).orElseThrow().at(), "02:30 CEST");
    }

    @Test
    void transitionsBetweenIncludeTheUpperBoundButNotTheLower() {
        WeeklySchedule utc = schedule(ZoneId.of("UTC"), interval(DayOfWeek.WEDNESDAY, "20:00:05", "20:00:25"));
        Instant start = Instant.parse("2026-11-25T20:00:05Z");
        Instant end = Instant.parse("2026-11-25T20:00:25Z");

        assertEquals(List.of(new TimeProfileTransition(start, true)), utc.transitionsBetween(start.minusSeconds(5), start));
        assertEquals(List.of(new TimeProfileTransition(end, false)), utc.transitionsBetween(start, end));
    }

    private static WeeklySchedule schedule(ZoneId zone, WeeklyInterval... intervals) {
        return new WeeklySchedule(zone, List.of(intervals));
    }

    private static WeeklyInterval interval(DayOfWeek day, String start, String end) {
        return new WeeklyInterval(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }
}
