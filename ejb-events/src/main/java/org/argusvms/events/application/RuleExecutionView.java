package org.argusvms.events.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One run of a rule: what triggered it ({@code triggerKey}: {@code event:<event id>} or
 * {@code profile:<id>:<START|END>:<instant>}), when, and the outcome (RUNNING, OK, FAILED) with what went wrong.
 */
public record RuleExecutionView(String id, String ruleId, String ruleName, String triggerKey, Instant triggeredAt,
                                Instant startedAt, Instant finishedAt, String outcome, String message)
        implements Serializable {
}
