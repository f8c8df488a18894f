package org.argusvms.events.domain.model.rule;

/** What starts a rule: an event, or a time profile becoming active (START) or inactive (END). */
public enum TriggerType {
    EVENT, TIME_PROFILE_START, TIME_PROFILE_END;

    public boolean isTimeProfile() {
        return this != EVENT;
    }
}
