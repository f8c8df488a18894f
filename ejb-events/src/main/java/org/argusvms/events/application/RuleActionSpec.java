package org.argusvms.events.application;

import jakarta.json.bind.annotation.JsonbCreator;

import java.io.Serializable;
import java.util.List;

/**
 * One action as clients send and see it; see {@link org.argusvms.events.domain.model.rule.RuleAction} for the fields
 * each {@code type} uses. For SEND_EMAIL {@code message} is the body; {@code seconds} is how long the event lasts
 * for RECORD_ON_EVENT and CHANGE_FRAME_RATE, and after how long ACTIVATE_OUTPUT sets its {@code output} back.
 * GO_TO_PTZ_PRESET uses {@code preset}; ACTIVATE_OUTPUT {@code output} and {@code active} (default true).
 */
public record RuleActionSpec(String type, List<String> cameraIds, String alarmName, Integer priority, String message,
                             List<String> recipients, String subject, String monitor, Integer seconds, String preset,
                             String output, Boolean active)
        implements Serializable {

    /** JSON-B's constructor: a record with more than one needs it named. */
    @JsonbCreator
    public RuleActionSpec {
    }

    /** An action that does not steer a camera (no {@code preset}, {@code output}, {@code active}). */
    public RuleActionSpec(String type, List<String> cameraIds, String alarmName, Integer priority, String message,
                          List<String> recipients, String subject, String monitor, Integer seconds) {
        this(type, cameraIds, alarmName, priority, message, recipients, subject, monitor, seconds, null, null, null);
    }
}
