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
import org.argusvms.management.infrastructure.messaging.LogQueueSender;
import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.argusvms.recorder.protocol.log.LogMessage;

import java.time.Clock;
import java.util.UUID;

/**
 * Writes the audit trail for the calling user: who, from where, when. Each entry also goes to the log server as an
 * AUDIT entry, in the same transaction, so the system-wide log has the whole trail.
 */
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

    @Inject
    private LogQueueSender log;

    /** How the management server names itself as the source of log entries. */
    static final String LOG_SOURCE = "management";

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
        AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), clock.instant(),
                session.getCallerPrincipal().getName(), clientAddress(), action, target, outcome);
        entries.store(entry);
        log.send(toLogMessage(entry));
    }

    /** Refusals are warnings: someone tried what they may not do. */
    static LogMessage toLogMessage(AuditEntry entry) {
        String what = entry.action() + (entry.target() == null ? "" : " " + entry.target());
        boolean denied = entry.outcome() == AuditOutcome.DENIED;
        return new LogMessage(LogKind.AUDIT, denied ? LogLevel.WARNING : LogLevel.INFO, entry.occurredAt(), LOG_SOURCE,
                entry.userName(), entry.action(), (denied ? "denied: " : "") + what, entry.clientAddress());
    }

    private String clientAddress() {
        try {
            return origin.clientAddress();
        } catch (ContextNotActiveException e) {
            return null; // no web request behind this call
        }
    }
}
