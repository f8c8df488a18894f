package org.argusvms.events.domain.model.alarm;

/** The alarm's state does not allow the requested step (taking a closed alarm, taking one another operator has). */
public class IllegalAlarmTransitionException extends RuntimeException {

    public IllegalAlarmTransitionException(String message) {
        super(message);
    }
}
