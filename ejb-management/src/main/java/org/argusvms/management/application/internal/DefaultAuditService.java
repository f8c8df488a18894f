package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.AuditEntryView;
import org.argusvms.management.application.AuditService;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.audit.AuditEntry;
import org.argusvms.management.domain.model.audit.AuditRepository;
import org.argusvms.management.domain.model.role.AdminArea;

import java.time.Instant;
import java.util.List;

@Stateless
@PermitAll
public class DefaultAuditService implements AuditService {

    @Inject
    private AuditRepository entries;

    @Inject
    private PermissionService permissions;

    @Override
    public List<AuditEntryView> find(Instant from, Instant to, String userName, PageRequest page) {
        permissions.requireAdmin(AdminArea.SECURITY);
        if (!to.isAfter(from)) {
            throw new ValidationException("to", "'to' must be after 'from'");
        }
        String user = userName == null || userName.isBlank() ? null : userName.trim();
        return entries.find(from, to, user, page.offset(), page.limit()).stream()
                .map(DefaultAuditService::toView).toList();
    }

    private static AuditEntryView toView(AuditEntry entry) {
        return new AuditEntryView(entry.id(), entry.occurredAt(), entry.userName(), entry.clientAddress(),
                entry.action(), entry.target(), entry.outcome().name());
    }
}
