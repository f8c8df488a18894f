package org.argusvms.events.domain.model.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Up to which instant time-profile transitions have been acted on. Persisted so that a restart (or a node that was
 * down) catches up on the transitions it missed instead of skipping them.
 */
@Entity
@Table(name = "rule_clock")
public class RuleClock {

    public static final String TIME_PROFILES = "time-profiles";

    @Id
    private String id;

    @Column(name = "evaluated_until", nullable = false)
    private Instant evaluatedUntil;

    protected RuleClock() {
    }

    public String id() {
        return id;
    }

    public Instant evaluatedUntil() {
        return evaluatedUntil;
    }
}
