package org.argusvms.events.domain.model.alarm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** One entry of an alarm's history. {@code fromState} is null for the entry that raised the alarm. */
@Embeddable
public class AlarmTransition {

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private AlarmState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private AlarmState toState;

    @Column(name = "note")
    private String comment;

    protected AlarmTransition() {
    }

    AlarmTransition(Instant changedAt, String username, AlarmState fromState, AlarmState toState, String comment) {
        this.changedAt = changedAt;
        this.username = username;
        this.fromState = fromState;
        this.toState = toState;
        this.comment = comment;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String username() {
        return username;
    }

    public AlarmState fromState() {
        return fromState;
    }

    public AlarmState toState() {
        return toState;
    }

    public String comment() {
        return comment;
    }
}
