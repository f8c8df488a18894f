package org.argusvms.events.domain.model.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One run of a rule for one trigger. {@code (ruleId, triggerKey)} is unique in the database: the key names the event
 * ({@code event:<id>}) or the time-profile transition ({@code profile:<id>:START:<instant>}), so whichever node or
 * redelivery inserts it first runs the actions, and every other attempt finds the row taken.
 */
@Entity
@Table(name = "rule_execution")
public class RuleExecution {

    public static final int MAX_MESSAGE = 2000;

    @Id
    private String id;

    @Column(name = "rule_id", nullable = false)
    private String ruleId;

    @Column(name = "rule_name", nullable = false)
    private String ruleName;

    @Column(name = "trigger_key", nullable = false)
    private String triggerKey;

    @Column(name = "triggered_at", nullable = false)
    private Instant triggeredAt;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExecutionOutcome outcome;

    private String message;

    protected RuleExecution() {
    }

    public RuleExecution(String id, Rule rule, String triggerKey, Instant triggeredAt, Instant startedAt) {
        this.id = id;
        this.ruleId = rule.id();
        this.ruleName = rule.name();
        this.triggerKey = triggerKey;
        this.triggeredAt = triggeredAt;
        this.startedAt = startedAt;
        this.outcome = ExecutionOutcome.RUNNING;
    }

    public void finish(ExecutionOutcome outcome, String message, Instant at) {
        this.outcome = outcome;
        this.message = message == null || message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE - 1) + "…";
        this.finishedAt = at;
    }

    public String id() {
        return id;
    }

    public String ruleId() {
        return ruleId;
    }

    public String ruleName() {
        return ruleName;
    }

    public String triggerKey() {
        return triggerKey;
    }

    public Instant triggeredAt() {
        return triggeredAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public ExecutionOutcome outcome() {
        return outcome;
    }

    public String message() {
        return message;
    }
}
