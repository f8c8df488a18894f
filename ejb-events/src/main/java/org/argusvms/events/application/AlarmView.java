package org.argusvms.events.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An alarm as clients see it. {@code history} is empty in lists and complete for a single alarm.
 *
 * @param version send it back with take, hold and close: a step based on an older version is refused (409)
 */
public record AlarmView(String id, String definitionId, String definitionName, String eventId, String eventType,
                        String cameraId, String message, String state, String owner, int priority, String category,
                        String instructions, Instant raisedAt, Instant autoCloseAt, long version,
                        List<AlarmTransitionView> history) implements Serializable {

    /** One step of the alarm's handling; {@code fromState} is null for the raising. */
    public record AlarmTransitionView(Instant at, String user, String fromState, String toState, String comment)
            implements Serializable {
    }
}
