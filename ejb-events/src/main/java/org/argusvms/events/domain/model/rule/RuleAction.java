package org.argusvms.events.domain.model.rule;

import java.io.Serializable;
import java.util.List;

/**
 * One step of a rule, already validated; which fields apply depends on the type:
 * <ul>
 *   <li>START_RECORDING, STOP_RECORDING: {@code cameraIds}</li>
 *   <li>RECORD_ON_EVENT, CHANGE_FRAME_RATE: {@code cameraIds}, {@code seconds} (how long the event lasts)</li>
 *   <li>RAISE_ALARM: {@code alarmName}, {@code priority}, {@code cameraIds} (related cameras), {@code message} template</li>
 *   <li>WRITE_RULE_LOG: {@code message} template</li>
 *   <li>SEND_EMAIL: {@code recipients}, {@code subject} and {@code message} (body) templates</li>
 *   <li>SHOW_ON_VIDEO_WALL: {@code monitor}, {@code cameraIds} (exactly one)</li>
 *   <li>GO_TO_PTZ_PRESET: {@code cameraIds} (exactly one), {@code preset} (the camera's preset token)</li>
 *   <li>ACTIVATE_OUTPUT: {@code cameraIds} (exactly one), {@code output} (relay token), {@code active} (the state
 *       to set), optional {@code seconds} after which the output is set back to the opposite state</li>
 * </ul>
 * Templates may contain placeholders such as {@code ${event.message}} ({@link MessageTemplate}).
 */
public record RuleAction(ActionType type, List<String> cameraIds, String alarmName, Integer priority, String message,
                         List<String> recipients, String subject, String monitor, Integer seconds, String preset,
                         String output, Boolean active)
        implements Serializable {

    public RuleAction {
        cameraIds = cameraIds == null ? List.of() : List.copyOf(cameraIds);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** An action that does not trigger recording (no {@code seconds}). */
    public RuleAction(ActionType type, List<String> cameraIds, String alarmName, Integer priority, String message,
                      List<String> recipients, String subject, String monitor) {
        this(type, cameraIds, alarmName, priority, message, recipients, subject, monitor, null);
    }

    /** An action that does not steer a camera (no {@code preset}, {@code output}, {@code active}). */
    public RuleAction(ActionType type, List<String> cameraIds, String alarmName, Integer priority, String message,
                      List<String> recipients, String subject, String monitor, Integer seconds) {
        this(type, cameraIds, alarmName, priority, message, recipients, subject, monitor, seconds, null, null, null);
    }

    public static RuleAction goToPtzPreset(String cameraId, String preset) {
        return new RuleAction(ActionType.GO_TO_PTZ_PRESET, List.of(cameraId), null, null, null, null, null, null, null,
                preset, null, null);
    }

    /** {@code switchBackSeconds}: null to leave the output as set. */
    public static RuleAction activateOutput(String cameraId, String output, boolean active, Integer switchBackSeconds) {
        return new RuleAction(ActionType.ACTIVATE_OUTPUT, List.of(cameraId), null, null, null, null, null, null,
                switchBackSeconds, null, output, active);
    }

    /** A RECORD_ON_EVENT or CHANGE_FRAME_RATE action. */
    public static RuleAction triggeringRecording(ActionType type, List<String> cameraIds, int seconds) {
        return new RuleAction(type, cameraIds, null, null, null, null, null, null, seconds);
    }
}
