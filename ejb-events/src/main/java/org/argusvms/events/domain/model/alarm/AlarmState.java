package org.argusvms.events.domain.model.alarm;

/** Where an alarm is in its handling. CLOSED is final. */
public enum AlarmState {
    NEW, IN_PROGRESS, ON_HOLD, CLOSED
}
