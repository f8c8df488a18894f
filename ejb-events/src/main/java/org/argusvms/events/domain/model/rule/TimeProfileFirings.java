package org.argusvms.events.domain.model.rule;

import org.argusvms.management.domain.model.timeprofile.WeeklySchedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which time-profile triggers fire as time passes: the transitions in the window {@code (evaluatedUntil, now]},
 * the window reaching back at most {@link #MAX_CATCH_UP} (after a longer outage, acting on yesterday's schedule
 * helps nobody).
 */
public final class TimeProfileFirings {

    public static final Duration MAX_CATCH_UP = Duration.ofHours(24);

    private TimeProfileFirings() {
    }

    /** The instants {@code (from, to]} to evaluate. */
    public record Window(Instant from, Instant to) {
    }

    /** Empty if no time has passed since the mark (or another node's clock is ahead). */
    public static Optional<Window> window(Instant evaluatedUntil, Instant now) {
        Instant earliest = now.minus(MAX_CATCH_UP);
        Instant from = evaluatedUntil.isBefore(earliest) ? earliest : evaluatedUntil;
        return now.isAfter(from) ? Optional.of(new Window(from, now)) : Optional.empty();
    }

    /** One context per transition in the window that the trigger (START or END of its profile) reacts to. */
    public static List<RuleContext> firings(RuleTrigger trigger, WeeklySchedule schedule, Window window) {
        if (!trigger.type().isTimeProfile()) {
            return List.of();
        }
        boolean onStart = trigger.type() == TriggerType.TIME_PROFILE_START;
        return schedule.transitionsBetween(window.from(), window.to()).stream()
                .filter(transition -> transition.becomesActive() == onStart)
                .map(transition -> RuleContext.of(trigger.timeProfileId(), transition)).toList();
    }
}
