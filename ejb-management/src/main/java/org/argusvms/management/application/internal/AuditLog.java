package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import org.argusvms.management.application.RequestOrigin;
import org.argusvms.management.domain.model.audit.AuditEntry;
import org.argusvms.management.domain.model.audit.AuditOutcome;
import org.argusvms.management.domain.model.audit.AuditRepository;

import java.time.Clock;
import java.util.UUID;

/** Writes the audit trail for the calling user: who, from where, when. */
@Stateless
@PermitAll
public class AuditLog {

    @Inject
    private AuditRepository entries;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Joins the caller's transaction: the entry is stored exactly when the change it describes is committed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void succeeded(String action, String target) {
        store(action, target, AuditOutcome.SUCCESS);
    }

    /** In its own transaction: the refused call rolls back, its audit entry must not. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void denied(String action, String target) {
        store(action, target, AuditOutcome.DENIED);
    }

    private void store(String action, String target, AuditOutcome outcome) {
        entries.store(new AuditEntry(UUID.randomUUID().toString(), clock.instant(),
                session.getCallerPrincipal().getName(), clientAddress(), action, target, outcome));
    }

    private String clientAddress() {
        try {
            return origin.clientAddress();
        } catch (ContextNotActiveException e) {
            return null; // no web request behind this call
        }
    }
}
