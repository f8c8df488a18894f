package org.argusvms.events.application;

import java.io.Serializable;
import java.util.List;

/**
 * One action as clients send and see it; see {@link org.argusvms.events.domain.model.rule.RuleAction} for the fields
 * each {@code type} uses. For SEND_EMAIL {@code message} is the body.
 */
public record RuleActionSpec(String type, List<String> cameraIds, String alarmName, Integer priority, String message,
                             List<String> recipients, String subject, String monitor) implements Serializable {
}
