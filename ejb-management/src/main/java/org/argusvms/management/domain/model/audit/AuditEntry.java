package org.argusvms.management.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One audited action: who did what to which object, from where, when, and whether it was allowed. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(nullable = false)
    private String action;

    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;

    protected AuditEntry() {
    }

    public AuditEntry(String id, Instant occurredAt, String userName, String clientAddress, String action, String target,
                      AuditOutcome outcome) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.userName = userName;
        this.clientAddress = clientAddress;
        this.action = action;
        this.target = target;
        this.outcome = outcome;
    }

    public String id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String userName() {
        return userName;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public AuditOutcome outcome() {
        return outcome;
    }
}
