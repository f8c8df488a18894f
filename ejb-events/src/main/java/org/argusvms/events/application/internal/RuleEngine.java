package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.events.domain.model.rule.Rule;
import org.argusvms.events.domain.model.rule.RuleClockRepository;
import org.argusvms.events.domain.model.rule.RuleContext;
import org.argusvms.events.domain.model.rule.RuleEvent;
import org.argusvms.events.domain.model.rule.RuleRepository;
import org.argusvms.events.domain.model.rule.TimeProfileFirings;
import org.argusvms.management.application.TimeProfileService;
import org.argusvms.management.domain.model.timeprofile.WeeklySchedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/** Finds the rules an event or the passing of time triggers, and has each run once ({@link RuleRunner}). */
@Stateless
@PermitAll
public class RuleEngine {

    private static final Logger LOG = Logger.getLogger(RuleEngine.class.getName());

    @Inject
    private RuleRepository rules;

    @Inject
    private RuleClockRepository ruleClock;

    @Inject
    private RuleRunner runner;

    @Inject
    private TimeProfileService timeProfiles;

    @Inject
    private Clock clock;

    @Inject
    private RuleTriggers triggers;

    public void onEvent(RuleEvent event) {
        for (String ruleId : triggers.rulesTriggeredBy(event)) {
            runner.runFor(ruleId, event);
        }
    }

    /**
     * Runs the rules of every time-profile transition since the last call (on any node), then moves the persisted
     * mark. A crash in between only means the next call sees the same transitions again; their executions exist.
     */
    public void onClockTick() {
        Instant now = clock.instant();
        Optional<TimeProfileFirings.Window> window = TimeProfileFirings.window(ruleClock.timeProfilesEvaluatedUntil(), now);
        if (window.isEmpty()) {
            return;
        }
        for (Rule rule : rules.enabledOnTimeProfiles()) {
            String profileId = rule.trigger().timeProfileId();
            Optional<WeeklySchedule> schedule = timeProfiles.schedule(profileId);
            if (schedule.isEmpty()) {
                LOG.warning(() -> "rule " + rule.name() + " refers to time profile " + profileId + ", which is gone");
                continue;
            }
            for (RuleContext firing : TimeProfileFirings.firings(rule.trigger(), schedule.get(), window.get())) {
                runner.run(rule.id(), firing);
            }
        }
        ruleClock.advanceTimeProfilesTo(now);
    }
}
