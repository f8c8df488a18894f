package org.argusvms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.events.domain.model.rule.ActionType;
import org.argusvms.events.domain.model.rule.RuleTrigger;
import org.argusvms.events.domain.model.rule.TriggerType;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

/**
 * The choices of the time profile, rule and alarm definition forms, from the event model and the recorder protocol
 * themselves, so that a new trigger, action or device event shows without touching the page.
 */
@Named
@ApplicationScoped
public class EventConfigurationChoices {

    public List<String> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(Enum::name).toList();
    }

    public List<String> getTriggerTypes() {
        return Arrays.stream(TriggerType.values()).map(Enum::name).toList();
    }

    public List<String> getActionTypes() {
        return Arrays.stream(ActionType.values()).map(Enum::name).toList();
    }

    /** Suggestions for an event type: generic and analytics events and what recorders report. */
    public List<String> getEventTypes() {
        return List.of(RuleTrigger.GENERIC, RuleTrigger.ANALYTICS, RecorderEvent.CAMERA_CONNECTED,
                RecorderEvent.CAMERA_DISCONNECTED, RecorderEvent.MOTION_STARTED, RecorderEvent.MOTION_STOPPED,
                RecorderEvent.RECORDING_STARTED, RecorderEvent.RECORDING_STOPPED, RecorderEvent.STORAGE_FULL,
                RecorderEvent.EVENTS_DROPPED, RecorderEvent.RECORDER_REGISTERED, RecorderEvent.RECORDER_OFFLINE,
                RecorderEvent.ONVIF_MOTION_STARTED, RecorderEvent.ONVIF_MOTION_STOPPED, RecorderEvent.ONVIF_EVENT);
    }

    public int getMinAlarmPriority() {
        return AlarmDefinition.MIN_PRIORITY;
    }

    public int getMaxAlarmPriority() {
        return AlarmDefinition.MAX_PRIORITY;
    }
}
