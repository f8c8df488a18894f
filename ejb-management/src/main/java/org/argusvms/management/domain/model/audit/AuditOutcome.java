package org.argusvms.management.domain.model.audit;

public enum AuditOutcome {
    SUCCESS, DENIED
}
