package org.argusvms.events.domain.model.rule;

import org.argusvms.management.domain.model.timeprofile.WeeklyInterval;
import org.argusvms.management.domain.model.timeprofile.WeeklySchedule;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
