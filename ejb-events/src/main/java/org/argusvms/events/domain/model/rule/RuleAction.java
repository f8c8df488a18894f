package org.argusvms.events.domain.model.rule;

import java.io.Serializable;
import java.util.List;

/**
 * One step of a rule, already validated; which fields apply depends on the type:
 * <ul>
 *   <li>START_RECORDING, STOP_RECORDING: {@code cameraIds}</li>
 *   <li>RAISE_ALARM: {@code alarmName}, {@code priority}, {@code cameraIds} (related cameras), {@code message} template</li>
 *   <li>WRITE_RULE_LOG: {@code message} template</li>
 *   <li>SEND_EMAIL: {@code recipients}, {@code subject} and {@code message} (body) templates</li>
 *   <li>SHOW_ON_VIDEO_WALL: {@code monitor}, {@code cameraIds} (exactly one)</li>
 * </ul>
 * Templates may contain placeholders such as {@code ${event.message}} ({@link MessageTemplate}).
 */
public record RuleAction(ActionType type, List<String> cameraIds, String alarmName, Integer priority, String message,
                         List<String> recipients, String subject, String monitor) implements Serializable {

    public RuleAction {
        cameraIds = cameraIds == null ? List.of() : List.copyOf(cameraIds);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
