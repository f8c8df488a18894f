package org.argusvms.events.domain.model.rule;

import org.argusvms.management.domain.model.timeprofile.TimeProfile;
import org.argusvms.management.domain.model.timeprofile.WeeklyInterval;
import org.argusvms.management.domain.model.timeprofile.WeeklySchedule;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeProfileFiringsTest {

    /** Mondays 08:00–17:00 UTC; 2026-11-23 is a Monday. */
    private static final WeeklySchedule OFFICE_HOURS = new WeeklySchedule(ZoneOffset.UTC,
            List.of(new WeeklyInterval(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))));
    private static final RuleTrigger ON_START = RuleTrigger.onTimeProfile(TriggerType.TIME_PROFILE_START, "p-1");
    private static final RuleTrigger ON_END = RuleTrigger.onTimeProfile(TriggerType.TIME_PROFILE_END, "p-1");

    @Test
    void aTickAfterTheStartFiresTheStartRuleOnceWithAKeyOfTheTransition() {
        TimeProfileFirings.Window window = TimeProfileFirings.window(at("2026-11-23T07:59:59Z"), at("2026-11-23T08:00:01Z"))
                .orElseThrow();

        List<RuleContext> firings = TimeProfileFirings.firings(ON_START, OFFICE_HOURS, window);

        assertEquals(1, firings.size());
        assertEquals("profile:p-1:START:2026-11-23T08:00:00Z", firings.get(0).triggerKey());
        assertEquals(at("2026-11-23T08:00:00Z"), firings.get(0).triggeredAt());
        assertEquals(List.of(), TimeProfileFirings.firings(ON_END, OFFICE_HOURS, window));
    }

    @Test
    void aServerThatWasDownCatchesUpOnWhatItMissedButNotOnMoreThanADay() {
        Instant backAt = at("2026-11-23T18:00:00Z");
        TimeProfileFirings.Window sinceMorning = TimeProfileFirings.window(at("2026-11-23T07:00:00Z"), backAt).orElseThrow();
        assertEquals(1, TimeProfileFirings.firings(ON_START, OFFICE_HOURS, sinceMorning).size());
        assertEquals(1, TimeProfileFirings.firings(ON_END, OFFICE_HOURS, sinceMorning).size());

        Instant nextWeek = at("2026-11-30T18:00:00Z");
        TimeProfileFirings.Window capped = TimeProfileFirings.window(at("2026-11-23T07:00:00Z"), nextWeek).orElseThrow();
        assertEquals(nextWeek.minus(TimeProfileFirings.MAX_CATCH_UP), capped.from());
        assertEquals(List.of("profile:p-1:START:2026-11-30T08:00:00Z"),
                TimeProfileFirings.firings(ON_START, OFFICE_HOURS, capped).stream().map(RuleContext::triggerKey).toList(),
                "last week's transitions are not replayed");
    }

    @Test
    void noWindowWhenNoTimeHasPassedOrAnotherNodeIsAhead() {
        Instant now = at("2026-11-23T08:00:00Z");
        assertEquals(Optional.empty(), TimeProfileFirings.window(now, now));
        assertEquals(Optional.empty(), TimeProfileFirings.window(now.plusSeconds(1), now));
    }

    /**
     * A weekend profile 08:00–17:00 in Europe/Copenhagen, as the rule engine gets it from the stored profile: the
     * clocks go forward on Sunday 2026-03-29 and back on Sunday 2026-10-25, so the same local 08:00 is 07:00 UTC on
     * the Saturday before spring-forward and 06:00 UTC on the Sunday — the profile's zone decides, not UTC.
     */
    @Test
    void aProfileFiresAtItsOwnZonesLocalTimeAcrossBothDaylightSavingChanges() {
        TimeProfile weekend = new TimeProfile("p-1", "Weekend days", null, ZoneId.of("Europe/Copenhagen"), List.of(
                new WeeklyInterval(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)),
                new WeeklyInterval(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))));

        assertEquals(List.of("2026-03-28T07:00:00Z", "2026-03-29T06:00:00Z"),
                firedAt(ON_START, weekend, "2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z"), "spring forward");
        assertEquals(List.of("2026-03-28T16:00:00Z", "2026-03-29T15:00:00Z"),
                firedAt(ON_END, weekend, "2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z"));
        assertEquals(List.of("2026-10-24T06:00:00Z", "2026-10-25T07:00:00Z"),
                firedAt(ON_START, weekend, "2026-10-24T00:00:00Z", "2026-10-26T00:00:00Z"), "fall back");
        assertEquals(List.of("2026-10-24T15:00:00Z", "2026-10-25T16:00:00Z"),
                firedAt(ON_END, weekend, "2026-10-24T00:00:00Z", "2026-10-26T00:00:00Z"));

        // "Only while" conditions ask the same schedule.
        assertFalse(weekend.isActiveAt(at("2026-03-28T06:30:00Z")), "07:30 in Copenhagen (CET)");
        assertTrue(weekend.isActiveAt(at("2026-03-29T06:30:00Z")), "08:30 in Copenhagen (CEST)");
        assertTrue(weekend.isActiveAt(at("2026-10-25T15:30:00Z")), "16:30 in Copenhagen (CET again)");
    }

    private static List<String> firedAt(RuleTrigger trigger, TimeProfile profile, String from, String to) {
        // Two days at once: the engine's own windows are capped at a day (catching up after an outage).
        TimeProfileFirings.Window window = new TimeProfileFirings.Window(at(from), at(to));
        return TimeProfileFirings.firings(trigger, profile.schedule(), window).stream()
                .map(firing -> firing.triggeredAt().toString()).toList();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
