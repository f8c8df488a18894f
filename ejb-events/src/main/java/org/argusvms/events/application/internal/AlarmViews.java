package org.argusvms.events.application.internal;

import org.argusvms.events.application.AlarmView;
import org.argusvms.events.application.AlarmView.AlarmTransitionView;
import org.argusvms.events.domain.model.alarm.Alarm;
import org.argusvms.events.domain.model.alarm.AlarmState;

import java.util.List;

final class AlarmViews {

    private AlarmViews() {
    }

    /**
     * @param instructions the definition's, if it still exists
     * @param withHistory  false for lists and published updates
     */
    static AlarmView toView(Alarm alarm, String instructions, boolean withHistory) {
        List<AlarmTransitionView> history = withHistory ? alarm.history().stream()
                .map(step -> new AlarmTransitionView(step.changedAt(), step.username(), name(step.fromState()),
                        step.toState().name(), step.comment()))
                .toList() : List.of();
        return new AlarmView(alarm.id(), alarm.definitionId(), alarm.definitionName(), alarm.eventId(),
                alarm.eventType(), alarm.cameraId(), alarm.message(), alarm.state().name(), alarm.owner(),
                alarm.priority(), alarm.category(), instructions, alarm.raisedAt(), alarm.autoCloseAt(),
                alarm.version(), history);
    }

    private static String name(AlarmState state) {
        return state == null ? null : state.name();
    }
}
